package org.cxkit.metrics.drivers.internal;

import java.util.Arrays;

/**
 * Mid-ranks and rank correlations. Tied values share the mean of the ranks they span (mid-ranks),
 * as R's {@code rank} and {@code cor(method = "spearman")} do, and Spearman's coefficient is
 * Pearson's on the mid-ranks. Stateless.
 */
public final class Ranks {
  private Ranks() {}

  /**
   * Returns the mid-ranks of values, from 1.
   *
   * @param x the values, finite
   * @return the rank of each value, ties averaged
   */
  public static double[] midranks(double[] x) {
    int n = x.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /**
   * Returns Pearson's correlation of two equally long samples, by the two-pass formula.
   *
   * @param x the first sample
   * @param y the second sample
   * @return the correlation, NaN if a sample is constant
   */
  public static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    return clamp(sxy / Math.sqrt(sxx * syy));
  }

  /**
   * Returns Spearman's correlation of two equally long samples: Pearson's on their mid-ranks.
   *
   * @param x the first sample
   * @param y the second sample
   * @return the correlation, NaN if a sample is constant
   */
  public static double spearman(double[] x, double[] y) {
    return pearson(midranks(x), midranks(y));
  }

  /**
   * Returns Spearman's correlation from a contingency table of whole-number answers: with the counts
   * of every pair of answers, each answer's mid-rank follows from the counts of the answers below it,
   * so the coefficient is exact and the table, a sum of counts, is mergeable.
   *
   * @param table the counts, {@code table[a * columns + b]} respondents with row answer {@code a} and
   *     column answer {@code b}, both from 0
   * @param rows the number of row answers
   * @param columns the number of column answers
   * @return the correlation, NaN if either variable is constant
   */
  public static double spearman(long[] table, int rows, int columns) {
    long[] rowCounts = new long[rows];
    long[] columnCounts = new long[columns];
    long n = 0;
    for (int a = 0; a < rows; a++) {
      for (int b = 0; b < columns; b++) {
        long c = table[a * columns + b];
        rowCounts[a] += c;
        columnCounts[b] += c;
        n += c;
      }
    }
    double[] rowRank = midranksOfCounts(rowCounts);
    double[] columnRank = midranksOfCounts(columnCounts);
    // The mean mid-rank is (n + 1) / 2 on both sides.
    double mean = (n + 1) / 2.0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int a = 0; a < rows; a++) {
      double dx = rowRank[a] - mean;
      sxx += rowCounts[a] * dx * dx;
      for (int b = 0; b < columns; b++) {
        long c = table[a * columns + b];
        if (c != 0) {
          sxy += c * dx * (columnRank[b] - mean);
        }
      }
    }
    for (int b = 0; b < columns; b++) {
      double dy = columnRank[b] - mean;
      syy += columnCounts[b] * dy * dy;
    }
    return clamp(sxy / Math.sqrt(sxx * syy));
  }

  private static double[] midranksOfCounts(long[] counts) {
    double[] ranks = new double[counts.length];
    long below = 0;
    for (int i = 0; i < counts.length; i++) {
      ranks[i] = below + (counts[i] + 1) / 2.0;
      below += counts[i];
    }
    return ranks;
  }

  private static double clamp(double r) {
    return Double.isNaN(r) ? r : Math.max(-1, Math.min(1, r));
  }
}
