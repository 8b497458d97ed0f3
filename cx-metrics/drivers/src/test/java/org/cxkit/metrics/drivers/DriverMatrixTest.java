package org.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cxkit.core.result.IntervalMethod;
import org.junit.jupiter.api.Test;

/** The driver matrix: importance against performance, by quadrant, with the expected change per point. */
class DriverMatrixTest {
  private static final DriverAnalysis SURVEY = DriverAnalysis.from(Survey.MODEL, Survey.responses()).value();

  @Test
  void quadrantsFollowTheCutsAtTheMeansOverTheDrivers() {
    DriverMatrix m = SURVEY.matrix();
    assertEquals(ImportanceMethod.LMG, m.importanceMethod());
    assertEquals(Performance.mean(), m.performance());
    assertEquals(25, m.importanceCut(), 1e-15);
    // colMeans(na.omit(d))[-1] in R, averaged: (3.5116 + 2.8605 + 2.9767 + 3.2558) / 4
    assertEquals((3.5116279069767442 + 2.86046511627907 + 2.9767441860465116 + 3.2558139534883721) / 4,
        m.performanceCut(), 1e-15);
    // LMG percentages: quality 39.2, price 26.5, ease 27.3, support 7.0 (of R² 0.784)
    assertEquals(DriverQuadrant.MAINTAIN, m.point("quality").quadrant());
    assertEquals(DriverQuadrant.IMPROVE, m.point("price").quadrant());
    assertEquals(DriverQuadrant.IMPROVE, m.point("ease").quadrant());
    assertEquals(DriverQuadrant.REVIEW, m.point("support").quadrant());
    assertEquals(List.of("price", "ease"), m.in(DriverQuadrant.IMPROVE).stream().map(DriverPoint::driver).toList());
    assertEquals(List.of(), m.in(DriverQuadrant.MONITOR));
  }

  @Test
  void theExpectedChangeIsTheSlopeOthersAlike() {
    DriverPoint ease = SURVEY.matrix().point("ease");
    // coef(lm(recommend ~ ., data = d))["ease"] in R
    assertEquals(0.66765876962654058, ease.expectedChange().value(), 1e-13);
    assertEquals(IntervalMethod.STUDENT_T, ease.expectedChange().method());
    assertEquals(SURVEY.regression().coefficient("ease").slope(), ease.expectedChange());
  }

  @Test
  void aCoordinateOnTheCutCountsAsHigh() {
    DriverMatrix m = SURVEY.matrix().withCuts(SURVEY.lmg().share("support").percent(),
        SURVEY.matrix().point("support").performance());
    assertEquals(DriverQuadrant.MAINTAIN, m.point("support").quadrant());
    assertEquals(DriverQuadrant.of(1, 1, 1, 1), DriverQuadrant.MAINTAIN);
    assertEquals(DriverQuadrant.of(0.9, 1, 1, 1), DriverQuadrant.REVIEW);
    assertEquals(DriverQuadrant.of(1, 0.9, 1, 1), DriverQuadrant.IMPROVE);
    assertEquals(DriverQuadrant.of(0.9, 0.9, 1, 1), DriverQuadrant.MONITOR);
  }

  @Test
  void topBoxNeedsScalesAndRelativeWeightsAreAnOption() {
    DriverMatrix rw = SURVEY.matrix(ImportanceMethod.RELATIVE_WEIGHTS, Performance.topBox(1));
    assertEquals(ImportanceMethod.RELATIVE_WEIGHTS, rw.importanceMethod());
    // 100 * mean(na.omit(d)$quality == 5) in R
    assertEquals(100.0 * SURVEY.sums().answerCount("quality", 5) / 43, rw.point("quality").performance(), 1e-13);
    DriverAnalysis unscaled = DriverAnalysis.from(Survey.UNSCALED, Survey.responses()).value();
    assertThrows(IllegalStateException.class,
        () -> unscaled.matrix(ImportanceMethod.LMG, Performance.topBox(2)));
    assertEquals("top 2 boxes", Performance.topBox(2).toString());
  }
}
