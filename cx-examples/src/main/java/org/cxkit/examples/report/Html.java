package org.cxkit.examples.report;

import java.util.List;

/**
 * Builds the report's one self-contained HTML page: sections of text, tables and figures. Figures
 * are inlined SVG, so the page is whole on its own; the same SVG files are also written beside it.
 */
public final class Html {
  private final StringBuilder body = new StringBuilder();
  private final StringBuilder toc = new StringBuilder();
  private final String title;

  /**
   * Starts a page.
   *
   * @param title the page title
   */
  public Html(String title) {
    this.title = title;
  }

  /**
   * Starts a section with a heading and an entry in the table of contents.
   *
   * @param id the anchor id
   * @param heading the heading
   * @return this page
   */
  public Html section(String id, String heading) {
    toc.append("<li><a href=\"#").append(id).append("\">").append(Svg.escape(heading)).append("</a></li>\n");
    body.append("<h2 id=\"").append(id).append("\">").append(Svg.escape(heading)).append("</h2>\n");
    return this;
  }

  /**
   * Adds a paragraph of plain text.
   *
   * @param text the text
   * @return this page
   */
  public Html paragraph(String text) {
    body.append("<p>").append(Svg.escape(text)).append("</p>\n");
    return this;
  }

  /**
   * Adds a figure: the SVG inline, with a caption and a link to the file written beside the page.
   *
   * @param svg the SVG text
   * @param file the file name of the same SVG beside the page
   * @param caption the caption, stating n and the interval
   * @return this page
   */
  public Html figure(String svg, String file, String caption) {
    body.append("<figure>").append(svg.substring(svg.indexOf("<svg"))).append("<figcaption>")
        .append(Svg.escape(caption)).append(" (<a href=\"").append(file).append("\">").append(file)
        .append("</a>)</figcaption></figure>\n");
    return this;
  }

  /**
   * Adds a table.
   *
   * @param header the column names
   * @param rows the rows, each as many cells as the header
   * @return this page
   */
  public Html table(List<String> header, List<List<String>> rows) {
    body.append("<table><thead><tr>");
    header.forEach(h -> body.append("<th>").append(Svg.escape(h)).append("</th>"));
    body.append("</tr></thead><tbody>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      row.forEach(c -> body.append("<td>").append(Svg.escape(c)).append("</td>"));
      body.append("</tr>\n");
    }
    body.append("</tbody></table>\n");
    return this;
  }

  @Override
  public String toString() {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" + Svg.escape(title)
        + "</title>\n<style>\n"
        + "body{font-family:Helvetica,Arial,sans-serif;max-width:820px;margin:2em auto;color:#222;line-height:1.45}\n"
        + "h1{font-size:1.7em}h2{margin-top:2.2em;border-bottom:1px solid #ddd;padding-bottom:.2em}\n"
        + "figure{margin:1.2em 0}figcaption{font-size:.9em;color:#555}svg{max-width:100%;height:auto}\n"
        + "table{border-collapse:collapse;font-size:.9em;margin:1em 0}td,th{border:1px solid #ddd;padding:.25em .6em;"
        + "text-align:right}th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}\n"
        + "</style></head><body>\n<h1>" + Svg.escape(title) + "</h1>\n<ol>\n" + toc + "</ol>\n" + body
        + "</body></html>\n";
  }
}
