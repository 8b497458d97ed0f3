package org.cxkit.metrics.gap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The moments behind the zone and disconfirmation figures: exact on whole numbers, Chan's update otherwise. */
class MomentsTest {

  /**
   * The defect the review found: 1e9 + 1, 1e9 + 2, 1e9 + 3 have mean 1e9 + 2, deviations −1, 0, 1
   * and sample variance (1 + 0 + 1)/2 = 1. A sum of squares less a squared sum in doubles loses it:
   * Σx² = 3.000000012e18 + 14 is not representable (the spacing of doubles there is 512), and
   * (Σx² − Σx · mean)/2 comes out as 0. Chan's update keeps it exactly: Welford's steps give means
   * 1e9 + 1, 1e9 + 1.5, 1e9 + 2 and M2 = 0 + 1 · 0.5 + 1.5 · 1 = 2, so the variance is 2/2 = 1.
   */
  @Test
  void keepsTheVarianceOfValuesFarFromZero() {
    double[] x = {1e9 + 1, 1e9 + 2, 1e9 + 3};
    double sum = 0;
    double sumSq = 0;
    for (double v : x) {
      sum += v;
      sumSq += v * v;
    }
    double naive = Math.max(0, (sumSq - sum * (sum / 3)) / 2);
    assertEquals(0.0, naive, "the formula this class replaced");
    Moments m = of(x);
    assertEquals(1e9 + 2, m.mean());
    assertEquals(1.0, m.sampleVariance());
    assertNotEquals(naive, m.sampleVariance());
    // Merged from parts, by Chan's pairwise update: mean 1e9 + 1 + 1.5 · 2/3 = 1e9 + 2,
    // M2 = 0 + 0.5 + 1.5 · 0.5 · 2 = 2.
    Moments merged = of(1e9 + 1);
    merged.merge(of(1e9 + 2, 1e9 + 3));
    assertEquals(1e9 + 2, merged.mean());
    assertEquals(1.0, merged.sampleVariance());
    // Quarter points near 1e9: mean 1e9 + 0.5, deviations ±0.25 and 0, variance 0.125/2 = 0.0625.
    Moments quarters = of(1e9 + 0.25, 1e9 + 0.5, 1e9 + 0.75);
    assertEquals(1e9 + 0.5, quarters.mean());
    assertEquals(0.0625, quarters.sampleVariance());
  }

  /**
   * Whole numbers first, then 3.5: the exact sums turn into Chan's moments without losing them.
   * Values 1, 2, 3.5: mean 13/6, deviations −7/6, −1/6, 4/3, squares (49 + 1 + 64)/36 = 19/6,
   * variance 19/12.
   */
  @Test
  void turnsToChanOnTheFirstValueThatIsNotWhole() {
    Moments m = of(1, 2);
    assertEquals(of(2, 1), m);
    m.add(3.5);
    assertEquals(13.0 / 6, m.mean(), 1e-15);
    assertEquals(19.0 / 12, m.sampleVariance(), 1e-15);
    Moments merged = of(3.5);
    merged.merge(of(1, 2));
    assertEquals(13.0 / 6, merged.mean(), 1e-15);
    assertEquals(19.0 / 12, merged.sampleVariance(), 1e-15);
    // Beyond 2^20 a whole number is no longer summed exactly, so that squares cannot overflow.
    Moments large = of(Moments.WHOLE_LIMIT + 1.0, 0);
    assertEquals((Moments.WHOLE_LIMIT + 1.0) / 2, large.mean());
  }

  /** Whole numbers are summed exactly: any split, any order, merged equals whole, bit for bit. */
  @Test
  void wholeNumbersMergeExactly() {
    qt().forAll(longs().all(), integers().between(0, 300)).check((seed, n) -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<Double> x = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        x.add((double) (rnd.nextInt(13) - 6));
      }
      int cut = rnd.nextInt(n + 1);
      Moments whole = of(x);
      Moments merged = of(x.subList(cut, n));
      merged.merge(of(x.subList(0, cut)));
      Collections.shuffle(x, new Random(seed));
      return merged.equals(whole) && merged.hashCode() == whole.hashCode() && of(x).equals(whole)
          && (n < 2 || merged.sampleVariance() == whole.sampleVariance());
    });
  }

  /**
   * Real values, near 0, 1e6 or 1e9, with a spread of 1: whole and merged in three parts, the mean
   * and variance agree with the exact mean and variance of the doubles (in BigDecimal) to within the
   * resolution of doubles at the offset, which is all that the values themselves hold.
   */
  @Test
  void realValuesMergeToRoundingAndKeepTheirVariance() {
    qt().withExamples(300).forAll(longs().all(), integers().between(2, 300), integers().between(0, 2))
        .check((seed, n, scale) -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      double offset = new double[] {0, 1e6, 1e9}[scale];
      List<Double> x = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        x.add(offset + rnd.nextDouble());
      }
      int i = rnd.nextInt(n + 1);
      int j = i + rnd.nextInt(n - i + 1);
      Moments merged = of(x.subList(j, n));
      merged.merge(of(x.subList(0, i)));
      Moments middle = of(x.subList(i, j));
      middle.merge(merged);
      Moments whole = of(x);
      BigDecimal exactSum = BigDecimal.ZERO;
      for (double v : x) {
        exactSum = exactSum.add(new BigDecimal(v));
      }
      BigDecimal exactMean = exactSum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
      BigDecimal ss = BigDecimal.ZERO;
      for (double v : x) {
        BigDecimal d = new BigDecimal(v).subtract(exactMean);
        ss = ss.add(d.multiply(d));
      }
      double exactVariance = ss.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL128).doubleValue();
      // The mean is held to the spacing of doubles at the offset, ε; the variance then errs by
      // about ε · s per rounding of the mean, a random walk over n steps.
      double epsilon = Math.ulp(offset + 1);
      double tolerance = 1e-12 * exactVariance + 4 * Math.sqrt(n) * epsilon * Math.sqrt(exactVariance);
      return middle.count() == n
          && Math.abs(whole.mean() - exactMean.doubleValue()) <= 4 * Math.sqrt(n) * epsilon
          && Math.abs(middle.mean() - exactMean.doubleValue()) <= 4 * Math.sqrt(n) * epsilon
          && Math.abs(whole.sampleVariance() - exactVariance) <= tolerance
          && Math.abs(middle.sampleVariance() - exactVariance) <= tolerance;
    });
  }

  @Test
  void anIntervalNeedsTwoValues() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> of(1).estimate("mean gap", org.cxkit.core.result.Confidence.DEFAULT));
    assertEquals("Cannot estimate mean gap with an interval from 1 observation (at least 2 needed)", e.getMessage());
    assertThrows(IllegalStateException.class, () -> new Moments().sampleVariance());
    assertEquals(0, new Moments().count());
    assertEquals(new Moments(), of().copy());
  }

  private static Moments of(double... x) {
    Moments m = new Moments();
    for (double v : x) {
      m.add(v);
    }
    return m;
  }

  private static Moments of(List<Double> x) {
    Moments m = new Moments();
    x.forEach(m::add);
    return m;
  }
}
