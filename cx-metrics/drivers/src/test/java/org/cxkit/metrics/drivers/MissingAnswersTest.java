package org.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.junit.jupiter.api.Test;

/**
 * Listwise and pairwise deletion on {@link Survey}'s 60 respondents (43 complete), against R 4.2.2
 * ({@code cor} with {@code use = "complete.obs"} and {@code "pairwise.complete.obs"}, {@code lm}, which
 * drops incomplete rows) and relaimpo 2.2-7, values printed with {@code sprintf("%.17g", …)}. The
 * model is on scales, so Spearman's coefficient comes from the counts of answer pairs.
 */
class MissingAnswersTest {
  private static final List<String> DRIVERS = List.of("quality", "price", "ease", "support");

  private static void assertClose(double expected, double actual, double relative) {
    assertEquals(expected, actual, relative * Math.max(1, Math.abs(expected)), () -> "expected " + expected);
  }

  @Test
  void listwiseUsesTheCompleteResponsesAndSetsTheOthersAsideCounted() {
    BulkResult<DriverResponse, DriverAnalysis> result = DriverAnalysis.from(Survey.MODEL, Survey.responses());
    // sum(complete.cases(d)); colSums(is.na(d))
    assertEquals(43, result.usedCount());
    assertEquals(17, result.setAside().size());
    assertEquals(60, result.givenCount());
    assertEquals(Map.of(ReasonCode.MISSING, 17L), result.reasonCounts());
    SetAside<DriverResponse> first = result.setAside().get(0);
    assertEquals(Survey.response(Survey.DATA[(int) first.position()]), first.item());
    assertTrue(first.reason().message().startsWith("Invalid value for " + first.reason().field()
        + " (must be answered: listwise deletion uses complete responses only): missing"));
    DriverAnalysis a = result.value();
    assertEquals(60, a.count());
    assertEquals(43, a.usedCount());
    assertEquals(17, a.sums().setAsideCount());
    assertEquals(Map.of("recommend", 4L, "quality", 4L, "price", 4L, "ease", 4L, "support", 4L),
        a.sums().missingCounts());
    assertEquals(43, a.sampleSize());
  }

  @Test
  void listwiseFiguresAreRsOnTheCompleteCases() {
    DriverAnalysis a = DriverAnalysis.from(Survey.MODEL, Survey.responses()).value();
    // cc <- na.omit(d); cor(cc)[1, -1]; cor(cc, method = "spearman")[1, -1]
    double[] pearson = {0.75480913916746961, 0.63357897815058306, 0.51733242339572372, 0.30243259429763131};
    double[] spearman = {0.76308917651853547, 0.61653689066210338, 0.5112893138463801, 0.28660760308649519};
    // fit <- lm(recommend ~ ., data = d); coef(fit)[-1]; coef(summary(fit))[-1, 2]
    double[] slopes = {0.704905244984952, 0.44504456290493311, 0.66765876962654058, 0.33443539149648005};
    double[] slopeSe = {0.19856106769157389, 0.16876518874011889, 0.12332482592645511, 0.13569618648878054};
    // calc.relimp(fit, type = "lmg")@lmg
    double[] lmg = {0.30704270142587969, 0.20755581185357685, 0.21408316381730741, 0.054906292157277589};
    // colMeans(cc); colMeans(cc[, -1] >= 4) * 100
    double[] means = {3.5116279069767442, 2.86046511627907, 2.9767441860465116, 3.2558139534883721};
    double[] top2 = {55.813953488372093, 32.558139534883722, 41.860465116279073, 51.162790697674424};
    for (int j = 0; j < 4; j++) {
      DriverCorrelation c = a.correlations().get(j);
      assertClose(pearson[j], c.pearson().value(), 1e-14);
      assertClose(spearman[j], c.spearman().orElseThrow().value(), 1e-14);
      assertEquals(43, c.spearman().orElseThrow().n());
      DriverCoefficient b = a.regression().coefficients().get(j);
      assertClose(slopes[j], b.slope().value(), 1e-13);
      assertClose(slopeSe[j], b.slope().standardError().orElseThrow(), 1e-13);
      assertClose(lmg[j], a.lmg().raw()[j], 1e-14);
    }
    // summary(fit)$r.squared, $adj.r.squared, $sigma
    assertClose(0.78358796925404217, a.regression().rSquared(), 1e-14);
    assertClose(0.76080775549130975, a.regression().adjustedRSquared(), 1e-14);
    assertClose(1.0420021883956849, a.regression().residualStandardError(), 1e-13);
    assertClose(6.2790697674418601, a.sums().mean("recommend"), 1e-15);
    DriverMatrix byMean = a.matrix();
    DriverMatrix byTop2 = a.matrix(ImportanceMethod.LMG, Performance.topBox(2));
    for (int j = 0; j < 4; j++) {
      assertClose(means[j], byMean.points().get(j).performance(), 1e-15);
      assertClose(top2[j], byTop2.points().get(j).performance(), 1e-14);
    }
  }

  @Test
  void pairwiseUsesEveryPairOfAnswersAsRDoes() {
    BulkResult<DriverResponse, DriverAnalysis> result = DriverAnalysis.from(Survey.MODEL, MissingAnswers.PAIRWISE,
        Survey.responses(), Confidence.DEFAULT);
    // sum(rowSums(!is.na(d)) >= 2): every response has two answers or more
    assertEquals(60, result.usedCount());
    assertTrue(result.setAside().isEmpty());
    DriverAnalysis a = result.value();
    DriverSums s = a.sums();
    // N <- crossprod(!is.na(d)); N[upper.tri(N, diag = TRUE)], column by column
    long[] pairN = {56, 52, 56, 52, 53, 56, 52, 53, 52, 56, 53, 52, 52, 52, 56};
    List<String> v = Survey.MODEL.variables();
    int i = 0;
    for (int b = 0; b < 5; b++) {
      for (int c = 0; c <= b; c++) {
        assertEquals(pairN[i++], s.pairCount(v.get(c), v.get(b)), v.get(c) + " and " + v.get(b));
      }
    }
    assertEquals(52, a.sampleSize());
    // P <- cor(d, use = "pairwise.complete.obs"); P[1, -1]; P[-1, -1][upper.tri(P[-1, -1])]
    double[] pearson = {0.7022287528793919, 0.6561769771613073, 0.46613944025930093, 0.33046515062474102};
    double[] rxx = {0.69279906919903567, 0.10428095537704914, -0.025698849801446107, 0.17984315524075492,
        0.24608176741635276, -0.10186255249440185};
    // cor(d, use = "pairwise.complete.obs", method = "spearman")[1, -1]
    double[] spearman = {0.71155305860360141, 0.64721908745565015, 0.45321991397423522, 0.33582119287712869};
    // calc.relimp(P, type = "lmg")@lmg and @R2 (the correlation matrix given as a covariance matrix)
    double[] lmg = {0.26649886055749294, 0.23487315611350038, 0.21020114968114134, 0.069120312430088482};
    // colMeans(d, na.rm = TRUE)
    double[] means = {6.1964285714285712, 3.6785714285714284, 3.0178571428571428, 2.8035714285714284, 3.25};
    for (int j = 0; j < 4; j++) {
      DriverCorrelation c = a.correlations().get(j);
      assertClose(pearson[j], c.pearson().value(), 1e-14);
      assertEquals(s.pairCount("recommend", DRIVERS.get(j)), c.pearson().n());
      assertClose(spearman[j], c.spearman().orElseThrow().value(), 1e-14);
      assertClose(lmg[j], a.lmg().raw()[j], 1e-13);
    }
    i = 0;
    for (int b = 1; b < 4; b++) {
      for (int c = 0; c < b; c++) {
        assertClose(rxx[i++], s.correlation(DRIVERS.get(c), DRIVERS.get(b)), 1e-14);
      }
    }
    assertClose(0.78069347878222317, a.regression().rSquared(), 1e-13);
    for (int j = 0; j < 5; j++) {
      assertClose(means[j], s.mean(v.get(j)), 1e-15);
    }
  }

  @Test
  void spearmanFromCountsEqualsSpearmanFromTheResponses() {
    DriverAnalysis onScales = DriverAnalysis.from(Survey.MODEL, Survey.responses()).value();
    DriverAnalysis fromRows = DriverAnalysis.from(Survey.UNSCALED, Survey.responses()).value();
    for (int j = 0; j < 4; j++) {
      assertClose(fromRows.correlations().get(j).spearman().orElseThrow().value(),
          onScales.correlations().get(j).spearman().orElseThrow().value(), 1e-14);
    }
    DriverAnalysis pairwiseRows = DriverAnalysis.from(Survey.UNSCALED, MissingAnswers.PAIRWISE, Survey.responses(),
        Confidence.DEFAULT).value();
    // cor(d, use = "pairwise.complete.obs", method = "spearman")[1, 2]
    assertClose(0.71155305860360141, pairwiseRows.correlation("quality").spearman().orElseThrow().value(), 1e-14);
  }

  @Test
  void aResponseWithFewerThanTwoAnswersIsSetAsideUnderPairwiseDeletion() {
    List<DriverResponse> responses = new java.util.ArrayList<>(Survey.responses());
    responses.add(Survey.response(new double[] {7, Double.NaN, Double.NaN, Double.NaN, Double.NaN}));
    BulkResult<DriverResponse, DriverSums> r = DriverSums.from(Survey.MODEL, MissingAnswers.PAIRWISE, responses);
    assertEquals(60, r.usedCount());
    assertEquals(1, r.setAside().size());
    assertEquals("quality", r.setAside().get(0).reason().field());
    assertEquals("Invalid value for quality (pairwise deletion needs at least two answers in a response): missing",
        r.setAside().get(0).reason().message());
    assertEquals(61, r.value().count());
    assertEquals(5L, r.value().missingCounts().get("quality"));
  }
}
