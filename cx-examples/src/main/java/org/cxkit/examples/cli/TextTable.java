package org.cxkit.examples.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: the first column left-aligned, the others right-aligned, as figures read best. */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(String.valueOf(c));
    }
    rows.add(row);
    return this;
  }

  List<String> header() {
    return header;
  }

  List<List<String>> rows() {
    return rows;
  }

  @Override
  public String toString() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> row : rows) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width);
    for (int i = 0; i < width.length; i++) {
      out.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.append(System.lineSeparator());
    rows.forEach(r -> line(out, r, width));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] width) {
    for (int i = 0; i < width.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      out.append(i == 0 ? "" : "  ").append(i == 0 ? c + pad : pad + c);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append(System.lineSeparator());
  }
}
