package org.cxkit.examples.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.Reason;
import org.cxkit.core.result.ReasonCode;

/**
 * One kind of cx CSV file: its name, its documented columns, and how a row becomes a value and a
 * value a row. The instances are the constants of {@link CsvFiles}.
 *
 * <p>Reading checks the header first (a missing required column, an unknown column or a repeated
 * column raises {@link CsvHeaderException}; columns may come in any order, and optional ones may be
 * left out), then converts each row, setting aside every row that does not convert with the reason
 * {@code "line N: <what is wrong, naming the column and the value>"}. Writing emits the header and
 * one row per value, every column present, in the documented order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of value a row holds
 */
public final class CsvTable<T> {
  private final String file;
  private final List<Column> columns;
  private final Function<Fields, T> parser;
  private final Function<T, List<String>> formatter;

  CsvTable(String file, List<Column> columns, Function<Fields, T> parser, Function<T, List<String>> formatter) {
    this.file = file;
    this.columns = List.copyOf(columns);
    this.parser = parser;
    this.formatter = formatter;
  }

  /**
   * Returns the file's conventional name, such as {@code responses.csv}.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * Returns the documented columns, in the order the writer emits them.
   *
   * @return the columns
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * Reads a file of this kind.
   *
   * @param in the CSV text, header row first; not closed
   * @return the values of the rows that converted, in file order, and the rows set aside
   * @throws CsvHeaderException if the header lacks a required column, has an unknown or repeated
   *     column, or the text is not valid CSV
   * @throws UncheckedIOException if reading fails
   */
  public BulkResult<CsvRow, List<T>> read(Reader in) {
    return readRows(in).toBulkResult();
  }

  /** Reads the rows, keeping each used value beside its row for later cross-file checks. */
  Rows<T> readRows(Reader in) {
    Objects.requireNonNull(in, "in");
    // Empty lines are kept so that the line count stays exact; a blank line is skipped below.
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    Rows<T> rows = new Rows<>();
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = header(records);
      long position = 0;
      while (true) {
        // The iterator reads a record ahead in hasNext(), so the line count before it is the line the record starts on, less one.
        long line = parser.getCurrentLineNumber() + 1;
        if (!next(records)) {
          break;
        }
        CSVRecord record = records.next();
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
          values.put(header.get(i), record.get(i));
        }
        CsvRow row = CsvRow.of(file, line, values);
        if (record.size() != header.size()) {
          rows.setAside(position++, row, Reason.of(ReasonCode.MALFORMED, "number of fields",
              "Invalid value for number of fields (expected " + header.size() + ", as in the header): " + record.size()));
          continue;
        }
        try {
          rows.use(position, row, Objects.requireNonNull(parser(values)));
        } catch (InvalidValueException e) {
          rows.setAside(position, row, e);
        }
        position++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return rows;
  }

  private T parser(Map<String, String> values) {
    return parser.apply(new Fields(values));
  }

  private boolean next(Iterator<CSVRecord> records) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      // Commons CSV reports text that is not CSV (an unclosed quote) this way; no later row can be trusted.
      throw new CsvHeaderException(file, "not valid CSV: " + e.getMessage(), e);
    }
  }

  private List<String> header(Iterator<CSVRecord> records) {
    if (!next(records)) {
      throw new CsvHeaderException(file, "", "empty file (expected a header row with the columns "
          + names() + ")");
    }
    List<String> header = new ArrayList<>();
    Map<String, Column> known = new HashMap<>();
    columns.forEach(c -> known.put(c.name(), c));
    for (String name : records.next()) {
      // Spreadsheet programs often start a UTF-8 file with a byte order mark.
      String clean = name.replace("\uFEFF", "").trim();
      if (!known.containsKey(clean)) {
        throw new CsvHeaderException(file, clean, "unknown column \"" + clean + "\" (the columns are " + names() + ")");
      }
      if (header.contains(clean)) {
        throw new CsvHeaderException(file, clean, "column \"" + clean + "\" appears twice in the header");
      }
      header.add(clean);
    }
    for (Column c : columns) {
      if (c.required() && !header.contains(c.name())) {
        throw new CsvHeaderException(file, c.name(), "missing required column \"" + c.name() + "\"");
      }
    }
    return header;
  }

  private String names() {
    List<String> names = new ArrayList<>();
    columns.forEach(c -> names.add(c.name()));
    return String.join(", ", names);
  }

  /**
   * Writes values as a file of this kind: the header row, then one row per value.
   *
   * @param values the values, written in the order given
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException if a value cannot be written (an attribute or list item with a
   *     separator in it)
   * @throws UncheckedIOException if writing fails
   */
  public void write(Iterable<? extends T> values, Appendable out) {
    Objects.requireNonNull(values, "values");
    CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    try {
      // CSVFormat prints the records itself: CSVPrinter carries a SpotBugs annotation whose class is not on
      // the class path, which javac reports as a warning, and the build treats warnings as errors.
      Objects.requireNonNull(out, "out");
      List<String> header = new ArrayList<>();
      columns.forEach(c -> header.add(c.name()));
      format.printRecord(out, header.toArray());
      for (T value : values) {
        List<String> cells = formatter.apply(value);
        assert cells.size() == columns.size() : file + ": formatter gives " + cells.size() + " cells";
        format.printRecord(out, cells.toArray());
      }
      if (out instanceof java.io.Flushable f) {
        f.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return file;
  }
}
