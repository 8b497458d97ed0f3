package org.cxkit.metrics.journey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.cxkit.core.result.Confidence;
import org.junit.jupiter.api.Test;

/**
 * The Kaplan–Meier curve against R's {@code survival::survfit} (survival 3.5.3, R 4), with
 * {@code conf.type = "log-log"}, on the remission times of the 6-MP group of the leukemia trial of
 * Freireich et al. (1963), as Gehan (1965) and Kleinbaum and Klein (Survival Analysis, 3rd ed.,
 * ch. 2) tabulate them: relapses at 6, 6, 6, 7, 10, 13, 16, 22, 23 weeks, censored at 6, 9, 10, 11,
 * 17, 19, 20, 25, 32, 32, 34, 35.
 *
 * <pre>
 * library(survival)
 * t &lt;- c(6,6,6,7,10,13,16,22,23, 6,9,10,11,17,19,20,25,32,32,34,35); e &lt;- c(rep(1,9), rep(0,12))
 * f &lt;- survfit(Surv(t, e) ~ 1, conf.type = "log-log"); summary(f, censored = TRUE); quantile(f, 0.5)
 * </pre>
 */
class KaplanMeierTest {
  private static final long[] WEEKS = {6, 6, 6, 7, 10, 13, 16, 22, 23, 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35};
  private static final boolean[] RELAPSED = {true, true, true, true, true, true, true, true, true, false, false, false,
      false, false, false, false, false, false, false, false, false};

  // survfit, printed with digits = 17: time, n.risk, n.event, n.censor, surv, std.err, lower, upper
  private static final double[][] SURVFIT = {
      {6, 21, 3, 1, 0.85714285714285710, 0.076360354832121252, 0.61971795526598394, 0.95155174764699701},
      {7, 17, 1, 0, 0.80672268907563016, 0.086935285180057192, 0.56314656462223334, 0.92280901920288039},
      {9, 16, 0, 1, 0.80672268907563016, 0.086935285180057192, 0.56314656462223334, 0.92280901920288039},
      {10, 15, 1, 1, 0.75294117647058811, 0.096349652994320495, 0.50319951079995651, 0.88936183516926537},
      {11, 13, 0, 1, 0.75294117647058811, 0.096349652994320495, 0.50319951079995651, 0.88936183516926537},
      {13, 12, 1, 0, 0.69019607843137243, 0.106814707775009815, 0.43161022248618408, 0.84906596334945061},
      {16, 11, 1, 0, 0.62745098039215674, 0.114053865256752526, 0.36751085598750205, 0.80491218947184118},
      {17, 10, 0, 1, 0.62745098039215674, 0.114053865256752526, 0.36751085598750205, 0.80491218947184118},
      {19, 9, 0, 1, 0.62745098039215674, 0.114053865256752526, 0.36751085598750205, 0.80491218947184118},
      {20, 8, 0, 1, 0.62745098039215674, 0.114053865256752526, 0.36751085598750205, 0.80491218947184118},
      {22, 7, 1, 0, 0.53781512605042003, 0.128233751693033970, 0.26777893676713499, 0.74679071763539440},
      {23, 6, 1, 0, 0.44817927170868338, 0.134591456755760425, 0.18805200595923241, 0.68014262849524132},
      {25, 5, 0, 1, 0.44817927170868338, 0.134591456755760425, 0.18805200595923241, 0.68014262849524132},
      {32, 4, 0, 2, 0.44817927170868338, 0.134591456755760425, 0.18805200595923241, 0.68014262849524132},
      {34, 2, 0, 1, 0.44817927170868338, 0.134591456755760425, 0.18805200595923241, 0.68014262849524132},
      {35, 1, 0, 1, 0.44817927170868338, 0.134591456755760425, 0.18805200595923241, 0.68014262849524132}};

  @Test
  void agreesWithSurvfitOnTheLeukemiaRemissionTimes() {
    KaplanMeier km = KaplanMeier.fit(WEEKS, RELAPSED, Confidence.DEFAULT.criticalValue());
    assertEquals(SURVFIT.length, km.size());
    assertEquals(21, km.subjects());
    for (int i = 0; i < SURVFIT.length; i++) {
      double[] r = SURVFIT[i];
      assertEquals((long) r[0], km.time(i));
      assertEquals((long) r[1], km.atRisk(i));
      assertEquals((long) r[2], km.events(i));
      assertEquals((long) r[3], km.censored(i));
      assertEquals(r[4], km.survival(i), 1e-15, "survival at " + r[0]);
      assertEquals(r[5], km.standardError(i), 1e-14, "standard error at " + r[0]);
      assertEquals(r[6], km.lower(i), 1e-13, "lower at " + r[0]);
      assertEquals(r[7], km.upper(i), 1e-13, "upper at " + r[0]);
    }
  }

  @Test
  void medianAndItsLimitsAsSurvfitReadsThem() {
    // quantile(f, 0.5): 23, lower 13, upper NA
    KaplanMeier km = KaplanMeier.fit(WEEKS, RELAPSED, Confidence.DEFAULT.criticalValue());
    assertEquals(OptionalLong.of(23), km.medianTime(0));
    assertEquals(OptionalLong.of(13), km.medianTime(-1));
    assertEquals(OptionalLong.empty(), km.medianTime(1));
  }

  @Test
  void otherLevelsAgreeToo() {
    // survfit(..., conf.int = 0.90): at 10 weeks 0.55112338192788457 - 0.8735812432744231,
    // at 23 weeks 0.22646208824501085 - 0.6481135841402933
    KaplanMeier km = KaplanMeier.fit(WEEKS, RELAPSED, Confidence.ofLevel(0.9).criticalValue());
    int at10 = km.indexAt(10);
    assertEquals(0.55112338192788457, km.lower(at10), 1e-13);
    assertEquals(0.8735812432744231, km.upper(at10), 1e-13);
    int at23 = km.indexAt(24);
    assertEquals(23, km.time(at23));
    assertEquals(0.22646208824501085, km.lower(at23), 1e-13);
    assertEquals(0.6481135841402933, km.upper(at23), 1e-13);
    assertEquals(-1, km.indexAt(5));
  }

  @Test
  void edgesOfTheCurve() {
    // No event: S stays 1 with [1, 1]. Everyone at risk has the event: S drops to 0 with [0, 0].
    KaplanMeier censored = KaplanMeier.fit(new long[] {3, 5}, new boolean[] {false, false}, 1.96);
    assertEquals(1, censored.survival(1));
    assertEquals(1, censored.lower(1));
    assertEquals(0, censored.standardError(1));
    KaplanMeier all = KaplanMeier.fit(new long[] {1, 2}, new boolean[] {true, true}, 1.96);
    assertEquals(0.5, all.survival(0));
    assertEquals(0, all.survival(1));
    assertEquals(0, all.upper(1));
    assertEquals(0, all.standardError(1));
    KaplanMeier none = KaplanMeier.fit(new long[0], new boolean[0], 1.96);
    assertEquals(0, none.size());
    assertEquals(OptionalLong.empty(), none.medianTime(0));
  }
}
