package org.cxkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * The report's charts as SVG text. Each chart states what it shows in its title; the figures'
 * sample sizes and intervals are drawn (bands, error bars) or labelled, never left out.
 */
public final class Charts {
  /** A colour-blind-safe palette (Okabe and Ito 2008). */
  static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"};

  private static final int WIDTH = 760;
  private static final int HEIGHT = 360;
  private static final double LEFT = 70;
  private static final double RIGHT = 20;
  private static final double TOP = 52;
  private static final double BOTTOM = 70;

  private Charts() {}

  /**
   * A line of values with an optional interval band, over labelled points in order.
   *
   * @param name the legend name
   * @param values the values; NaN where a point has no value
   * @param lower the band's lower bounds, or null for no band
   * @param upper the band's upper bounds, or null for no band
   */
  public record Series(String name, double[] values, double[] lower, double[] upper) {
    /** A series without a band. */
    public static Series of(String name, double[] values) {
      return new Series(name, values, null, null);
    }
  }

  /** A vertical scale mapping data values to pixels. */
  private record YScale(double min, double max, double top, double bottom) {
    double y(double v) {
      return bottom - (v - min) / (max - min) * (bottom - top);
    }
  }

  private static YScale yScale(double min, double max) {
    if (!(max > min)) {
      max = min + 1;
    }
    double pad = (max - min) * 0.05;
    return new YScale(min - pad, max + pad, TOP, HEIGHT - BOTTOM);
  }

  private static void frame(Svg svg, String title, String yLabel, YScale ys) {
    svg.text(WIDTH / 2.0, 22, title, "middle", 15, "font-weight=\"bold\"");
    for (double t : Svg.ticks(ys.min(), ys.max(), 6)) {
      double y = ys.y(t);
      svg.line(LEFT, y, WIDTH - RIGHT, y, "#e5e5e5", 1, "");
      svg.text(LEFT - 6, y + 4, label(t), "end", 11, "fill=\"#444\"");
    }
    svg.line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#999", 1, "");
    svg.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#999", 1, "");
    svg.text(16, (TOP + HEIGHT - BOTTOM) / 2, yLabel, "middle", 12,
        "transform=\"rotate(-90 16 " + Svg.num((TOP + HEIGHT - BOTTOM) / 2) + ")\"");
  }

  static String label(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static double xAt(int i, int n) {
    double plot = WIDTH - LEFT - RIGHT;
    return n <= 1 ? LEFT + plot / 2 : LEFT + 10 + i * (plot - 20) / (n - 1);
  }

  private static void xLabels(Svg svg, List<String> labels) {
    int n = labels.size();
    int every = Math.max(1, (int) Math.ceil(n / 16.0));
    for (int i = 0; i < n; i += every) {
      double x = xAt(i, n);
      double y = HEIGHT - BOTTOM + 14;
      svg.text(x, y, labels.get(i), "end", 10, "transform=\"rotate(-40 " + Svg.num(x) + " " + Svg.num(y) + ")\"");
    }
  }

  private static void legend(Svg svg, List<String> names) {
    double x = LEFT + 10;
    for (int i = 0; i < names.size(); i++) {
      svg.rect(x, TOP - 14, 10, 10, PALETTE[i % PALETTE.length], "");
      svg.text(x + 14, TOP - 5, names.get(i), "start", 11, "");
      x += 24 + 7 * names.get(i).length();
    }
  }

  /**
   * Lines over ordered points (periods), each with its interval band where given.
   *
   * @param title the chart title
   * @param yLabel the vertical axis label
   * @param xLabels the points' labels, in order
   * @param series the lines
   * @return the SVG text
   */
  public static String lines(String title, String yLabel, List<String> xLabels, List<Series> series) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double[] arr : new double[][] {s.values(), s.lower(), s.upper()}) {
        if (arr == null) {
          continue;
        }
        for (double v : arr) {
          if (Double.isFinite(v)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
      }
    }
    if (min == Double.POSITIVE_INFINITY) {
      min = 0;
      max = 1;
    }
    YScale ys = yScale(min, max);
    Svg svg = new Svg(WIDTH, HEIGHT);
    frame(svg, title, yLabel, ys);
    int n = xLabels.size();
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      String colour = PALETTE[k % PALETTE.length];
      if (s.lower() != null && s.upper() != null) {
        List<double[]> band = new ArrayList<>();
        List<double[]> back = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (Double.isFinite(s.lower()[i]) && Double.isFinite(s.upper()[i])) {
            band.add(new double[] {xAt(i, n), ys.y(s.upper()[i])});
            back.add(0, new double[] {xAt(i, n), ys.y(s.lower()[i])});
          }
        }
        band.addAll(back);
        svg.path(band, "none", 0, colour, "fill-opacity=\"0.18\"");
      }
      List<double[]> line = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (Double.isFinite(s.values()[i])) {
          line.add(new double[] {xAt(i, n), ys.y(s.values()[i])});
          svg.circle(xAt(i, n), ys.y(s.values()[i]), 2.5, colour, xLabels.get(i) + ": " + label(s.values()[i]));
        }
      }
      svg.path(line, colour, 2, "none", "");
    }
    xLabels(svg, xLabels);
    legend(svg, series.stream().map(Series::name).toList());
    return svg.toString();
  }

  /**
   * Horizontal bars with error bars, one per category, each labelled with its note (such as n).
   *
   * @param title the chart title
   * @param xLabel the value axis label
   * @param categories the bars' names
   * @param values the bar values
   * @param lower the interval lower bounds
   * @param upper the interval upper bounds
   * @param notes a note printed beside each bar, such as "n=120"
   * @return the SVG text
   */
  public static String bars(String title, String xLabel, List<String> categories, double[] values, double[] lower,
      double[] upper, List<String> notes) {
    int n = categories.size();
    double rowHeight = 26;
    int height = (int) (TOP + 40 + n * rowHeight);
    double left = 150;
    double right = WIDTH - 110;
    double min = 0;
    double max = 0;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, Math.min(values[i], lower[i]));
      max = Math.max(max, Math.max(values[i], upper[i]));
    }
    if (!(max > min)) {
      max = min + 1;
    }
    final double lo = min;
    final double hi = max;
    DoubleUnaryOperator x = v -> left + (v - lo) / (hi - lo) * (right - left);
    Svg svg = new Svg(WIDTH, height);
    svg.text(WIDTH / 2.0, 22, title, "middle", 15, "font-weight=\"bold\"");
    for (double t : Svg.ticks(lo, hi, 6)) {
      svg.line(x.applyAsDouble(t), TOP, x.applyAsDouble(t), height - 30, "#e5e5e5", 1, "");
      svg.text(x.applyAsDouble(t), height - 16, label(t), "middle", 11, "fill=\"#444\"");
    }
    svg.line(x.applyAsDouble(0), TOP, x.applyAsDouble(0), height - 30, "#999", 1, "");
    for (int i = 0; i < n; i++) {
      double y = TOP + 6 + i * rowHeight;
      double x0 = x.applyAsDouble(Math.min(0, values[i]));
      double x1 = x.applyAsDouble(Math.max(0, values[i]));
      svg.rect(x0, y, x1 - x0, rowHeight - 10, PALETTE[0], "fill-opacity=\"0.75\"");
      double mid = y + (rowHeight - 10) / 2;
      svg.line(x.applyAsDouble(lower[i]), mid, x.applyAsDouble(upper[i]), mid, "#222", 1.5, "");
      svg.line(x.applyAsDouble(lower[i]), mid - 5, x.applyAsDouble(lower[i]), mid + 5, "#222", 1.5, "");
      svg.line(x.applyAsDouble(upper[i]), mid - 5, x.applyAsDouble(upper[i]), mid + 5, "#222", 1.5, "");
      svg.text(left - 8, mid + 4, categories.get(i), "end", 12, "");
      svg.text(right + 8, mid + 4, label(values[i]) + "  " + notes.get(i), "start", 11, "fill=\"#444\"");
    }
    svg.text((left + right) / 2, height - 2, xLabel, "middle", 12, "");
    return svg.toString();
  }

  /**
   * Vertical bars for a distribution over labelled bins.
   *
   * @param title the chart title
   * @param yLabel the vertical axis label
   * @param bins the bins' labels
   * @param counts the count in each bin
   * @return the SVG text
   */
  public static String histogram(String title, String yLabel, List<String> bins, double[] counts) {
    double max = 0;
    for (double c : counts) {
      max = Math.max(max, c);
    }
    YScale ys = new YScale(0, max > 0 ? max * 1.08 : 1, TOP, HEIGHT - BOTTOM);
    Svg svg = new Svg(WIDTH, HEIGHT);
    frame(svg, title, yLabel, ys);
    int n = bins.size();
    double plot = WIDTH - LEFT - RIGHT;
    double w = plot / Math.max(1, n);
    for (int i = 0; i < n; i++) {
      double x = LEFT + i * w;
      svg.rect(x + w * 0.1, ys.y(counts[i]), w * 0.8, ys.y(0) - ys.y(counts[i]), PALETTE[2], "fill-opacity=\"0.8\"");
      double lx = x + w / 2;
      double ly = HEIGHT - BOTTOM + 14;
      svg.text(lx, ly, bins.get(i), n > 12 ? "end" : "middle", 10,
          n > 12 ? "transform=\"rotate(-40 " + Svg.num(lx) + " " + Svg.num(ly) + ")\"" : "");
    }
    return svg.toString();
  }

  /**
   * A heat map of shares in [0, 1], such as cohort retention; NaN cells are left blank.
   *
   * @param title the chart title
   * @param rows the row labels (cohorts)
   * @param columns the column labels (ages)
   * @param values the cells, row-major, in [0, 1] or NaN
   * @return the SVG text
   */
  public static String heatMap(String title, List<String> rows, List<String> columns, double[][] values) {
    double cell = Math.min(28, (WIDTH - 110.0) / Math.max(1, columns.size()));
    double rowHeight = 18;
    int height = (int) (TOP + 30 + rows.size() * rowHeight + 20);
    Svg svg = new Svg(WIDTH, height);
    svg.text(WIDTH / 2.0, 22, title, "middle", 15, "font-weight=\"bold\"");
    double left = 90;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] row : values) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    for (int j = 0; j < columns.size(); j++) {
      svg.text(left + j * cell + cell / 2, TOP + 8, columns.get(j), "middle", 10, "fill=\"#444\"");
    }
    for (int i = 0; i < rows.size(); i++) {
      double y = TOP + 14 + i * rowHeight;
      svg.text(left - 6, y + 13, rows.get(i), "end", 10, "");
      for (int j = 0; j < columns.size() && j < values[i].length; j++) {
        double v = values[i][j];
        if (Double.isFinite(v)) {
          // A sequential blue scale stretched over the observed range, so that differences show.
          double t = hi > lo ? (v - lo) / (hi - lo) : 1;
          String fill = String.format(Locale.ROOT, "rgb(%d,%d,%d)", mix(247, 8, t), mix(251, 48, t), mix(255, 107, t));
          svg.rect(left + j * cell, y, cell - 1, rowHeight - 1, fill, "");
          svg.text(left + j * cell + cell / 2, y + 12, String.format(Locale.ROOT, "%.0f", v * 100), "middle", 8,
              "fill=\"" + (t > 0.55 ? "white" : "#222") + "\"");
        }
      }
    }
    return svg.toString();
  }

  private static int mix(int from, int to, double t) {
    return (int) Math.round(from + (to - from) * Math.max(0, Math.min(1, t)));
  }

  /**
   * Step curves, such as Kaplan–Meier survival, each with its interval band.
   *
   * @param title the chart title
   * @param xLabel the horizontal axis label
   * @param yLabel the vertical axis label
   * @param names the curves' names
   * @param times per curve, the step times (ascending, starting at 0)
   * @param values per curve, the value from each time on
   * @param lower per curve, the band's lower bounds, or null
   * @param upper per curve, the band's upper bounds, or null
   * @return the SVG text
   */
  public static String steps(String title, String xLabel, String yLabel, List<String> names, List<double[]> times,
      List<double[]> values, List<double[]> lower, List<double[]> upper) {
    double tMax = 0;
    for (double[] t : times) {
      for (double v : t) {
        tMax = Math.max(tMax, v);
      }
    }
    final double tm = tMax > 0 ? tMax : 1;
    YScale ys = new YScale(0, 1.02, TOP, HEIGHT - BOTTOM);
    Svg svg = new Svg(WIDTH, HEIGHT);
    frame(svg, title, yLabel, ys);
    double plot = WIDTH - LEFT - RIGHT;
    DoubleUnaryOperator x = t -> LEFT + t / tm * plot;
    for (double t : Svg.ticks(0, tm, 8)) {
      svg.text(x.applyAsDouble(t), HEIGHT - BOTTOM + 16, label(t), "middle", 10, "fill=\"#444\"");
    }
    svg.text(LEFT + plot / 2, HEIGHT - BOTTOM + 36, xLabel, "middle", 12, "");
    for (int k = 0; k < names.size(); k++) {
      String colour = PALETTE[k % PALETTE.length];
      double[] t = times.get(k);
      if (lower != null && upper != null && lower.get(k) != null) {
        List<double[]> band = new ArrayList<>();
        List<double[]> back = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
          double tEnd = i + 1 < t.length ? t[i + 1] : tm;
          band.add(new double[] {x.applyAsDouble(t[i]), ys.y(upper.get(k)[i])});
          band.add(new double[] {x.applyAsDouble(tEnd), ys.y(upper.get(k)[i])});
          back.add(0, new double[] {x.applyAsDouble(t[i]), ys.y(lower.get(k)[i])});
          back.add(0, new double[] {x.applyAsDouble(tEnd), ys.y(lower.get(k)[i])});
        }
        band.addAll(back);
        svg.path(band, "none", 0, colour, "fill-opacity=\"0.15\"");
      }
      List<double[]> line = new ArrayList<>();
      for (int i = 0; i < t.length; i++) {
        double tEnd = i + 1 < t.length ? t[i + 1] : tm;
        line.add(new double[] {x.applyAsDouble(t[i]), ys.y(values.get(k)[i])});
        line.add(new double[] {x.applyAsDouble(tEnd), ys.y(values.get(k)[i])});
      }
      svg.path(line, colour, 2, "none", "");
    }
    legend(svg, names);
    return svg.toString();
  }

  /**
   * Points on two axes split into four quadrants by a crosshair, such as importance–performance.
   *
   * @param title the chart title
   * @param xLabel the horizontal axis label
   * @param yLabel the vertical axis label
   * @param labels the points' labels
   * @param xs the points' horizontal values
   * @param ys the points' vertical values
   * @param xCross where the vertical crosshair stands
   * @param yCross where the horizontal crosshair stands
   * @param quadrantNames names of the quadrants: top-left, top-right, bottom-left, bottom-right
   * @return the SVG text
   */
  public static String quadrant(String title, String xLabel, String yLabel, List<String> labels, double[] xs,
      double[] ys, double xCross, double yCross, List<String> quadrantNames) {
    double xMin = xCross;
    double xMax = xCross;
    double yMin = yCross;
    double yMax = yCross;
    for (int i = 0; i < xs.length; i++) {
      xMin = Math.min(xMin, xs[i]);
      xMax = Math.max(xMax, xs[i]);
      yMin = Math.min(yMin, ys[i]);
      yMax = Math.max(yMax, ys[i]);
    }
    double xPad = Math.max(0.1, (xMax - xMin) * 0.15);
    double yPad = Math.max(0.1, (yMax - yMin) * 0.15);
    final double x0 = xMin - xPad;
    final double x1 = xMax + xPad;
    YScale yScale = new YScale(yMin - yPad, yMax + yPad, TOP, HEIGHT - BOTTOM);
    Svg svg = new Svg(WIDTH, HEIGHT);
    frame(svg, title, yLabel, yScale);
    double plot = WIDTH - LEFT - RIGHT;
    DoubleUnaryOperator x = v -> LEFT + (v - x0) / (x1 - x0) * plot;
    for (double t : Svg.ticks(x0, x1, 7)) {
      svg.text(x.applyAsDouble(t), HEIGHT - BOTTOM + 16, label(t), "middle", 10, "fill=\"#444\"");
    }
    svg.text(LEFT + plot / 2, HEIGHT - BOTTOM + 36, xLabel, "middle", 12, "");
    svg.line(x.applyAsDouble(xCross), TOP, x.applyAsDouble(xCross), HEIGHT - BOTTOM, "#D55E00", 1.2, "stroke-dasharray=\"5,4\"");
    svg.line(LEFT, yScale.y(yCross), WIDTH - RIGHT, yScale.y(yCross), "#D55E00", 1.2, "stroke-dasharray=\"5,4\"");
    svg.text(LEFT + 6, TOP + 14, quadrantNames.get(0), "start", 11, "fill=\"#D55E00\"");
    svg.text(WIDTH - RIGHT - 6, TOP + 14, quadrantNames.get(1), "end", 11, "fill=\"#D55E00\"");
    svg.text(LEFT + 6, HEIGHT - BOTTOM - 6, quadrantNames.get(2), "start", 11, "fill=\"#D55E00\"");
    svg.text(WIDTH - RIGHT - 6, HEIGHT - BOTTOM - 6, quadrantNames.get(3), "end", 11, "fill=\"#D55E00\"");
    for (int i = 0; i < xs.length; i++) {
      double px = x.applyAsDouble(xs[i]);
      double py = yScale.y(ys[i]);
      svg.circle(px, py, 5, PALETTE[0], labels.get(i));
      svg.text(px + 8, py - 6, labels.get(i), "start", 11, "");
    }
    return svg.toString();
  }
}
