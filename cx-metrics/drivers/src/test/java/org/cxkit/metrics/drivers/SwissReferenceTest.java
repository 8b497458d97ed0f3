package org.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.junit.jupiter.api.Test;

/**
 * Every figure on R's {@code swiss} data (Fertility ~ Agriculture + Examination + Education +
 * Catholic + Infant.Mortality, 47 provinces) against R 4.2.2 and relaimpo 2.2-7 (Grömping's package,
 * installed from the CRAN sources' GitHub mirror, cran/relaimpo). The values were printed with
 * {@code sprintf("%.17g", …)}; the R code is beside each group.
 *
 * <p>Published values: Grömping (2006, Journal of Statistical Software 17(1), section 3) analyses this
 * very model with relaimpo; its LMG shares, rounded there to 4 digits, are what
 * {@code calc.relimp(fit, type = "lmg")} prints below to 17: R² 0.7067 and LMG 0.0571, 0.1712, 0.2601,
 * 0.1056, 0.1128.
 */
class SwissReferenceTest {
  private static final double[] R_PEARSON = {0.3530791836199747, -0.64588270645728751, -0.66378885703506907,
      0.4636847006517939, 0.41655603143498271};

  private static DriverAnalysis analysis() {
    BulkResult<DriverResponse, DriverAnalysis> result = DriverAnalysis.from(Swiss.MODEL, Swiss.responses());
    assertEquals(47, result.usedCount());
    assertTrue(result.setAside().isEmpty());
    return result.value();
  }

  private static void assertClose(double expected, double actual, double relative) {
    assertEquals(expected, actual, relative * Math.max(1, Math.abs(expected)), () -> "expected " + expected);
  }

  private static void assertAll(double[] expected, double[] actual, double relative) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertClose(expected[i], actual[i], relative);
    }
  }

  @Test
  void pearsonCorrelationsAndTheirFisherZIntervalsAreRsCorTest() {
    // cor(X, y); for (j in 1:5) cor.test(X[[j]], y)$conf.int
    double[][] fisher = {
        {0.073349466872850377, 0.58130586825360853},
        {-0.78706735276289186, -0.44039945902910876},
        {-0.79870753263539007, -0.46532058502771673},
        {0.20363255245188069, 0.66262038906481446},
        {0.14696991832254253, 0.62853662148682721}};
    List<DriverCorrelation> c = analysis().correlations();
    for (int j = 0; j < 5; j++) {
      Estimate r = c.get(j).pearson();
      assertClose(R_PEARSON[j], r.value(), 1e-14);
      assertClose(fisher[j][0], r.lower(), 1e-14);
      assertClose(fisher[j][1], r.upper(), 1e-14);
      assertEquals(IntervalMethod.FISHER_Z, r.method());
      assertEquals(47, r.n());
    }
  }

  @Test
  void spearmanCorrelationsAreRsWithBonettWrightIntervals() {
    // rs <- cor(X, y, method = "spearman"); z <- atanh(rs); se <- sqrt((1 + rs^2/2)/(n - 3))
    // tanh(z -/+ qnorm(0.975) * se)
    double[] rs = {0.24266427693641762, -0.66090299635235406, -0.44325769036098822, 0.41364556230124316,
        0.43713670057422294};
    double[] lower = {-0.052143480335500494, -0.80776509126164542, -0.65609557346061476, 0.13138197460310952,
        0.1580795199766688};
    double[] upper = {0.4985668756187675, -0.43679740968405867, -0.16510328731846127, 0.63386864664157083,
        0.65153127024461011};
    List<DriverCorrelation> c = analysis().correlations();
    for (int j = 0; j < 5; j++) {
      Estimate s = c.get(j).spearman().orElseThrow();
      assertClose(rs[j], s.value(), 1e-14);
      assertClose(lower[j], s.lower(), 1e-14);
      assertClose(upper[j], s.upper(), 1e-14);
      assertEquals(IntervalMethod.FISHER_Z_BONETT_WRIGHT, s.method());
    }
  }

  @Test
  void theSumsAloneHaveNoSpearmanWithoutScales() {
    DriverSums sums = Swiss.responses().stream().collect(DriverSums.toDriverSums(Swiss.MODEL));
    DriverAnalysis a = DriverAnalysis.of(sums);
    assertTrue(a.correlations().stream().allMatch(c -> c.spearman().isEmpty()));
    assertClose(R_PEARSON[2], a.correlation("Education").pearson().value(), 1e-14);
  }

  @Test
  void theRegressionIsLmOnScaledAndRawData() {
    // zs <- lm(scale(Fertility) ~ scale(Agriculture) + ... + scale(Infant.Mortality), data = swiss)
    // coef(zs)[-1]; coef(summary(zs))[-1, 2]; confint(zs)[-1, ]
    double[] beta = {-0.31292128249992046, -0.16477822253934743, -0.67040078010607451, 0.34760002814421892,
        0.25113597629871059};
    double[] betaSe = {0.12781991889154434, 0.16214055299662275, 0.14088514525439863, 0.11771206455693536,
        0.089005805375740113};
    double[] betaLo = {-0.57105884553988773, -0.49222771228604811, -0.95492410307391684, 0.10987569105624784,
        0.071385105735272264};
    double[] betaHi = {-0.05478371945995314, 0.16267126720735325, -0.38587745713823224, 0.58532436523219,
        0.43088684686214895};
    // fit <- lm(Fertility ~ ., data = swiss); coef(fit)[-1]; coef(summary(fit))[-1, 2]; confint(fit)[-1, ]
    double[] slope = {-0.17211397094145539, -0.25800823983472415, -0.87094006293942372, 0.10411533074376744,
        1.077048140690988};
    double[] slopeSe = {0.070303923178648128, 0.25387820089209856, 0.18302860157125891, 0.035257852536168949,
        0.3817196508580713};
    double[] slopeLo = {-0.31409562418349835, -0.77072566803826326, -1.2405738225751719, 0.032910653017193897,
        0.30614966656053566};
    double[] slopeHi = {-0.030132317699412436, 0.25470918836881501, -0.50130630330367565, 0.17532000847034099,
        1.8479466148214403};
    // diag(solve(cor(X)))
    double[] vif = {2.2841293775972944, 3.6754195755443386, 2.7749427811269514, 1.9371603802631256,
        1.1075422255569538};
    DriverRegression r = analysis().regression();
    assertEquals(47, r.count());
    // summary(fit)$r.squared, $adj.r.squared, $sigma
    assertClose(0.70673500159272551, r.rSquared(), 1e-14);
    assertClose(0.67097097739671641, r.adjustedRSquared(), 1e-14);
    assertClose(7.1653688320027333, r.residualStandardError(), 1e-13);
    // e <- eigen(cor(X)); max(e$values) / min(e$values)
    assertClose(15.917842591674525, r.conditionNumber(), 1e-12);
    for (int j = 0; j < 5; j++) {
      DriverCoefficient c = r.coefficients().get(j);
      Estimate b = c.standardised();
      assertClose(beta[j], b.value(), 1e-13);
      assertClose(betaSe[j], b.standardError().orElseThrow(), 1e-13);
      assertClose(betaLo[j], b.lower(), 1e-13);
      assertClose(betaHi[j], b.upper(), 1e-13);
      assertEquals(IntervalMethod.STUDENT_T, b.method());
      Estimate s = c.slope();
      assertClose(slope[j], s.value(), 1e-13);
      assertClose(slopeSe[j], s.standardError().orElseThrow(), 1e-13);
      assertClose(slopeLo[j], s.lower(), 1e-13);
      assertClose(slopeHi[j], s.upper(), 1e-13);
      assertClose(vif[j], c.varianceInflation(), 1e-13);
    }
  }

  @Test
  void lmgIsRelaimposCalcRelimpAndABruteForceOverSubsetsInBaseR() {
    // relaimpo: calc.relimp(fit, type = "lmg", rela = FALSE)@lmg and rela = TRUE (then x 100)
    double[] relaimpo = {0.057091220768091297, 0.17117302890023411, 0.26013467862438494, 0.10557015037349374,
        0.11276592292652191};
    double[] rela = {0.080781651735697624, 0.24220256321601702, 0.36807951783643816, 0.14937727738908738,
        0.15955898982275982};
    // Base R, by brute force over the 2^4 subsets of the other drivers, each R^2 from a fresh lm:
    //   r2 <- function(S) if (length(S) == 0) 0 else summary(lm(y ~ ., data = X[, S, drop = FALSE]))$r.squared
    //   for (j in 1:p) for (mask in 0:(2^(p-1)-1)) { S <- others[bitwAnd(mask, 2^(0:(p-2))) > 0]; k <- length(S)
    //     lmg[j] <- lmg[j] + factorial(k) * factorial(p-k-1) / factorial(p) * (r2(c(S, j)) - r2(S)) }
    double[] bruteForce = {0.057091220768091283, 0.171173028900234142, 0.260134678624384441, 0.105570150373493543,
        0.112765922926522072};
    Importance lmg = analysis().lmg();
    assertEquals(ImportanceMethod.LMG, lmg.method());
    assertAll(relaimpo, lmg.raw(), 1e-14);
    assertAll(bruteForce, lmg.raw(), 1e-14);
    for (int j = 0; j < 5; j++) {
      assertClose(100 * rela[j], lmg.percent()[j], 1e-13);
    }
    // Published, Groemping (2006), rounded to 4 digits.
    double[] published = {0.0571, 0.1712, 0.2601, 0.1056, 0.1128};
    for (int j = 0; j < 5; j++) {
      assertEquals(published[j], lmg.raw()[j], 0.00005 + 1e-12);
    }
    assertEquals(List.of(5, 2, 1, 4, 3), lmg.shares().stream().map(DriverShare::rank).toList());
  }

  @Test
  void relativeWeightsAreJohnsonsFromBaseREigen() {
    // R <- cor(cbind(y, X)); Rxx <- R[-1, -1]; rxy <- R[-1, 1]; e <- eigen(Rxx, symmetric = TRUE)
    // Lam <- e$vectors %*% diag(sqrt(e$values)) %*% t(e$vectors); beta <- solve(Lam, rxy)
    // raw <- (Lam^2) %*% (beta^2)
    double[] johnson = {0.048416895811900659, 0.15470824980615999, 0.27196410464599913, 0.11468002994756153,
        0.11696572138110456};
    Importance rw = analysis().relativeWeights();
    assertAll(johnson, rw.raw(), 1e-13);
    assertClose(0.70673500159272584, rw.raw()[0] + rw.raw()[1] + rw.raw()[2] + rw.raw()[3] + rw.raw()[4], 1e-14);
  }

  @Test
  void lmgFromThePublishedCorrelationMatrixAlone() {
    DriverSums sums = Swiss.responses().stream().collect(DriverSums.toDriverSums(Swiss.MODEL));
    double[][] r = new double[6][6];
    List<String> v = Swiss.MODEL.variables();
    for (int a = 0; a < 6; a++) {
      for (int b = 0; b < 6; b++) {
        r[a][b] = a == b ? 1 : sums.correlation(v.get(a), v.get(b));
      }
    }
    Importance lmg = Importance.lmg(Swiss.MODEL.drivers(), r);
    assertClose(0.26013467862438494, lmg.share("Education").raw(), 1e-14);
    assertClose(0.27196410464599913, Importance.relativeWeights(Swiss.MODEL.drivers(), r).share("Education").raw(),
        1e-13);
  }
}
