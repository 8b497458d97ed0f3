package org.cxkit.metrics.churn.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.junit.jupiter.api.Test;

/**
 * The remission data of Freireich et al. (1963), "The effect of 6-mercaptopurine on the duration of
 * steroid-induced remissions in acute leukemia", Blood 21: 699–716, as tabulated in Kleinbaum &amp;
 * Klein, <i>Survival Analysis: A Self-Learning Text</i> (3rd ed., 2012), chapter 2 (weeks in
 * remission; + marks a censored time), also R's {@code MASS::gehan}:
 * <ul>
 *   <li>6-MP (n = 21): 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+, 32+, 34+, 35+
 *   <li>placebo (n = 21): 1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23
 * </ul>
 * Published figures reproduced here:
 * <ul>
 *   <li>Kleinbaum &amp; Klein, chapter 2, KM table for 6-MP: S(6) = 0.8571, S(7) = 0.8067,
 *       S(10) = 0.7529, S(13) = 0.6902, S(16) = 0.6275, S(22) = 0.5378, S(23) = 0.4482; median 23 weeks
 *       for 6-MP and 8 weeks for placebo; log-rank chi-square 16.79 (R survdiff: "Chisq = 16.8 on 1
 *       degrees of freedom, p = 4.17e-05", O = 9 and E = 19.3 for 6-MP, O = 21 and E = 10.7 for placebo).
 *   <li>R {@code summary(survfit(Surv(time, cens) ~ treat, data = gehan))}, 6-MP: Greenwood standard
 *       errors 0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346 and, with the default
 *       {@code conf.type = "log"}, 95 % limits 0.720–1.000, 0.653–0.996, 0.586–0.968, 0.510–0.935,
 *       0.439–0.896, 0.337–0.858, 0.249–0.807.
 *   <li>Stata {@code sts list, by(group)} (log-log limits), as shown in G. Rodríguez, "The Gehan
 *       Survival Data", Princeton WWS 509: control at 1 week 0.9048, s.e. 0.0641, lower limit 0.6700.
 *       The other log-log limits are worked by hand from Kalbfleisch &amp; Prentice's formula
 *       {@code S^exp(±1.96 sqrt(g) / |log S|)}: control at 1 week, g = 2/(21*19), upper 0.9753;
 *       treated at 6 weeks, g = 3/(21*18), 0.6197–0.9516; at 23 weeks 0.1881–0.6801.
 * </ul>
 */
class LeukemiaRemissionTest {
  static final double[] MP_CHURN = {6, 6, 6, 7, 10, 13, 16, 22, 23};
  static final double[] MP_CENSORED = {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35};
  static final double[] PLACEBO = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};

  static SurvivalCurve sixMp() {
    List<Tenure> tenures = new ArrayList<>();
    for (double t : MP_CHURN) {
      tenures.add(Tenure.churned(t));
    }
    for (double t : MP_CENSORED) {
      tenures.add(Tenure.censored(t));
    }
    return SurvivalCurve.of(tenures);
  }

  static SurvivalCurve placebo() {
    List<Tenure> tenures = new ArrayList<>();
    for (double t : PLACEBO) {
      tenures.add(Tenure.churned(t));
    }
    return SurvivalCurve.of(tenures);
  }

  @Test
  void kaplanMeierMatchesKleinbaumAndKlein() {
    List<SurvivalCurve.Step> steps = sixMp().steps();
    double[] times = {6, 7, 10, 13, 16, 22, 23};
    long[] atRisk = {21, 17, 15, 12, 11, 7, 6};
    long[] churned = {3, 1, 1, 1, 1, 1, 1};
    double[] survival = {0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482};
    assertEquals(7, steps.size());
    for (int j = 0; j < 7; j++) {
      assertEquals(times[j], steps.get(j).time(), 0);
      assertEquals(atRisk[j], steps.get(j).atRisk());
      assertEquals(churned[j], steps.get(j).churned());
      assertEquals(survival[j], steps.get(j).survival(), 5e-5);
    }
    // Exactly, by hand: S(6) = 18/21, S(7) = 18/21 * 16/17.
    assertEquals(18.0 / 21, steps.get(0).survival(), 1e-15);
    assertEquals(18.0 / 21 * 16 / 17, steps.get(1).survival(), 1e-15);
  }

  @Test
  void greenwoodErrorsAndLogIntervalsMatchR() {
    List<SurvivalCurve.Step> steps = sixMp().steps(Confidence.DEFAULT, IntervalType.LOG);
    double[] se = {0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346};
    double[] lower = {0.720, 0.653, 0.586, 0.510, 0.439, 0.337, 0.249};
    double[] upper = {1.000, 0.996, 0.968, 0.935, 0.896, 0.858, 0.807};
    for (int j = 0; j < 7; j++) {
      assertEquals(se[j], steps.get(j).standardError(), 5e-5, "se at step " + j);
      assertEquals(lower[j], steps.get(j).lower(), 5e-4, "lower at step " + j);
      assertEquals(upper[j], steps.get(j).upper(), 5e-4, "upper at step " + j);
    }
    // The same through an estimate, which names its method and carries Greenwood's standard error.
    Estimate s13 = sixMp().survivalAt(13, Confidence.DEFAULT, IntervalType.LOG);
    assertEquals(IntervalMethod.GREENWOOD_LOG, s13.method());
    assertEquals(0.1068, s13.standardError().getAsDouble(), 5e-5);
    assertEquals(0.510, s13.lower(), 5e-4);
    assertEquals(0.935, s13.upper(), 5e-4);
    // Twenty-one remissions are below the default minimum of 30.
    assertEquals(true, s13.isBelowMinimum());
  }

  @Test
  void logLogIntervalsMatchStata() {
    List<SurvivalCurve.Step> treated = sixMp().steps(Confidence.DEFAULT, IntervalType.LOG_LOG);
    assertEquals(0.6197, treated.get(0).lower(), 5e-5);
    assertEquals(0.9516, treated.get(0).upper(), 5e-5);
    assertEquals(0.1881, treated.get(6).lower(), 5e-5);
    assertEquals(0.6801, treated.get(6).upper(), 5e-5);
    SurvivalCurve.Step control = placebo().steps().get(0);
    assertEquals(0.9048, control.survival(), 5e-5);
    assertEquals(0.0641, control.standardError(), 5e-5);
    assertEquals(0.6700, control.lower(), 5e-5);
    assertEquals(0.9753, control.upper(), 5e-5);
  }

  @Test
  void mediansAndSurvivalAtAnAge() {
    assertEquals(23, sixMp().medianLifetime().getAsDouble(), 0);
    assertEquals(8, placebo().medianLifetime().getAsDouble(), 0);
    // Between steps the curve is flat: S(12) = S(10).
    Estimate s12 = sixMp().survivalAt(12);
    assertEquals(0.7529, s12.value(), 5e-5);
    assertEquals(21, s12.n());
    assertEquals(1, sixMp().survivalAt(5.9).value(), 0);
    // The placebo curve ends at 0 at week 23, with a [0, 0] interval.
    Estimate end = placebo().survivalAt(23);
    assertEquals(0, end.value(), 0);
    assertEquals(0, end.upper(), 0);
  }

  /**
   * R, {@code print(survfit(Surv(time, cens) ~ treat, data = gehan))} (log intervals): 6-MP median 23,
   * 0.95LCL 16, 0.95UCL NA; control median 8, 0.95LCL 4, 0.95UCL 12. By hand from the log limits: the
   * 6-MP lower limit first falls to 0.5 at 16 (0.439) and its upper limit never does (0.807 at the end);
   * the placebo lower limit first at 4 (0.493), its upper limit first at 12 (0.460; 0.562 at 11).
   */
  @Test
  void medianIntervalsMatchR() {
    LifetimeQuantile mp = sixMp().medianLifetime(Confidence.DEFAULT, IntervalType.LOG);
    assertEquals(IntervalMethod.GREENWOOD_LOG, mp.method());
    assertEquals(0.95, mp.level(), 0);
    assertEquals(23, mp.estimate().getAsDouble(), 0);
    assertEquals(16, mp.lower().getAsDouble(), 0);
    assertEquals(true, mp.upper().isEmpty());
    LifetimeQuantile control = placebo().medianLifetime(Confidence.DEFAULT, IntervalType.LOG);
    assertEquals(8, control.estimate().getAsDouble(), 0);
    assertEquals(4, control.lower().getAsDouble(), 0);
    assertEquals(12, control.upper().getAsDouble(), 0);
  }

  @Test
  void logRankMatchesKleinbaumAndKleinAndR() {
    LogRankTest test = LogRankTest.of(sixMp(), placebo());
    assertEquals(9, test.observedA());
    assertEquals(19.25, test.expectedA(), 0.005);
    assertEquals(21, test.observedB());
    assertEquals(10.75, test.expectedB(), 0.005);
    assertEquals(16.79, test.chiSquare(), 0.005);
    assertEquals(4.17e-05, test.pValue(), 0.005e-5);
    // Symmetric in the segments.
    assertEquals(test.chiSquare(), LogRankTest.of(placebo(), sixMp()).chiSquare(), 1e-12);
  }

  /**
   * Restricted mean up to 35 weeks for 6-MP, by hand from the table above: 6(1) + 1(0.857143) +
   * 3(0.806723) + 3(0.752941) + 3(0.690196) + 6(0.627451) + 1(0.537815) + 12(0.448179) = 23.2874; its
   * standard error from sum A_j^2 d_j / (n_j (n_j - d_j)) is 2.8275 (R's print(fit, rmean = 35) gives
   * 23.29 and 2.83).
   */
  @Test
  void restrictedMeanByHand() {
    Estimate rmst = sixMp().restrictedMeanLifetime(35);
    assertEquals(23.287394957983196, rmst.value(), 1e-12);
    assertEquals(2.8274676233714393, rmst.standardError().getAsDouble(), 1e-12);
    assertEquals(IntervalMethod.WALD, rmst.method());
    assertEquals(1.959963984540054 * 2.8274676233714393, rmst.value() - rmst.lower(), 1e-9);
    // Up to 23 weeks: the same sum stopped at 23 = 17.9092.
    assertEquals(17.909243697478995, sixMp().restrictedMeanLifetime(23).value(), 1e-12);
    assertEquals(0, sixMp().restrictedMeanLifetime(0).value(), 0);
    assertEquals(5, sixMp().restrictedMeanLifetime(5).value(), 0);
  }
}
