package org.cxkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal SVG writer: enough for the report's charts, with no dependency and byte-for-byte
 * repeatable output (no fonts or rendering engine involved, so CI machines draw the same file).
 */
final class Svg {
  private final StringBuilder body = new StringBuilder();
  private final int width;
  private final int height;

  Svg(int width, int height) {
    this.width = width;
    this.height = height;
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  Svg rect(double x, double y, double w, double h, String fill, String extra) {
    body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"")
        .append(fill).append("\" ").append(extra).append("/>\n");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String extra) {
    body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(num(strokeWidth)).append("\" ").append(extra).append("/>\n");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String title) {
    body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
        .append("\" fill=\"").append(fill).append("\">");
    if (!title.isEmpty()) {
      body.append("<title>").append(escape(title)).append("</title>");
    }
    body.append("</circle>\n");
    return this;
  }

  Svg path(List<double[]> points, String stroke, double strokeWidth, String fill, String extra) {
    if (points.isEmpty()) {
      return this;
    }
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      d.append(i == 0 ? "M" : "L").append(num(points.get(i)[0])).append(',').append(num(points.get(i)[1]));
    }
    if (!"none".equals(fill)) {
      d.append('Z');
    }
    body.append("<path d=\"").append(d).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(num(strokeWidth)).append("\" fill=\"").append(fill).append("\" ").append(extra).append("/>\n");
    return this;
  }

  Svg text(double x, double y, String text, String anchor, int size, String extra) {
    body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
        .append(anchor).append("\" font-size=\"").append(size).append("\" ").append(extra).append('>')
        .append(escape(text)).append("</text>\n");
    return this;
  }

  @Override
  public String toString() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
        + "\" height=\"" + height + "\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" + body + "</svg>\n";
  }

  /** Round tick values covering [min, max], about {@code count} of them (Heckbert's nice numbers). */
  static List<Double> ticks(double min, double max, int count) {
    List<Double> out = new ArrayList<>();
    if (!(max > min)) {
      out.add(min);
      return out;
    }
    double step = nice((max - min) / Math.max(1, count - 1));
    for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
      out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return out;
  }

  private static double nice(double rough) {
    double exponent = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / exponent;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * exponent;
  }
}
