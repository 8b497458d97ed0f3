package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * The BG/NBD model on data that needs no reference file: the paper's worked example, eq. 11 by hand,
 * non-convergence, empty input and recovery from simulated data. The fit on CDNOW is in
 * {@link BgNbdCdnowTest}.
 */
class BgNbdModelTest {
  private static final TimeSpan WEEKS_39 = TimeSpan.of(39, TimeScale.WEEK);

  @Test
  void paperWorkedExampleConditionalExpectation() {
    // Fader, Hardie and Lee (2005), section 4: a customer with x = 2, t_x = 30.43, T = 38.86
    // (weeks) is expected to make 1.226 purchases in the next 39 weeks (published parameters).
    BgNbdModel paper = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK);
    Rfm customer = Rfm.of(CustomerId.of("x"), 2, 30.43, 38.86, TimeScale.WEEK);
    assertEquals(1.226, paper.expectedPurchases(customer, WEEKS_39), 0.0005);
    // The same question asked in days and answered by the same model: the unit travels with t.
    assertEquals(paper.expectedPurchases(customer, WEEKS_39),
        paper.expectedPurchases(customer, TimeSpan.of(273, TimeScale.DAY)), 1e-12);
  }

  @Test
  void probabilityAliveByHand() {
    // Eq. 11 by hand for x = 2, t_x = 30.43, T = 38.86 with the paper's parameters:
    // a / (b + x - 1) = 0.793 / 3.426 = 0.231465...; ((alpha + T) / (alpha + t_x))^(r + x)
    // = (43.274 / 34.844)^2.243 = 1.241935...^2.243 = 1.62566...; P = 1 / (1 + 0.231465 * 1.62566) = 0.7266.
    BgNbdModel paper = BgNbdModel.of(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK);
    double byHand = 1 / (1 + 0.793 / 3.426 * Math.pow(43.274 / 34.844, 2.243));
    Rfm customer = Rfm.of(CustomerId.of("x"), 2, 30.43, 38.86, TimeScale.WEEK);
    assertEquals(byHand, paper.probabilityAlive(customer), 1e-14);
    assertEquals(0.7266, paper.probabilityAlive(customer), 5e-5);
    assertEquals(1, paper.probabilityAlive(Rfm.of(CustomerId.of("y"), 0, 0, 38.86, TimeScale.WEEK)));
  }

  @Test
  void reportsNonConvergenceWhenThereIsNoInteriorMaximum() {
    // Nobody bought again: the likelihood sum r ln(alpha/(alpha + T)) grows towards r -> 0 with no
    // finite maximum. The fit must say so rather than present boundary values as estimates.
    List<Rfm> none = java.util.stream.IntStream.range(0, 200)
        .mapToObj(i -> Rfm.of(CustomerId.of("n" + i), 0, 0, 10 + i % 30, TimeScale.WEEK)).toList();
    BgNbdFit fit = BgNbdModel.fit(none, TimeScale.WEEK);
    assertTrue(!fit.diagnostics().converged(), fit.toString());
    assertTrue(Double.isFinite(fit.logLikelihood()));
  }

  @Test
  void emptyInputIsAnError() {
    assertEquals("Cannot fit the BG/NBD model to no customers",
        assertThrows(IllegalStateException.class, () -> BgNbdModel.fit(List.of(), TimeScale.WEEK)).getMessage());
  }

  @Test
  void recoversKnownParametersFromSimulatedData() {
    BgNbdModel truth = BgNbdModel.of(0.5, 3.0, 0.7, 2.0, TimeScale.WEEK);
    List<Rfm> data = new Simulator(20240601L).customers(20_000, truth, null, 20, 40);
    BgNbdFit fit = BgNbdModel.fit(data, TimeScale.WEEK);
    assertTrue(fit.diagnostics().converged());
    double[] expected = {truth.r(), truth.alpha(), truth.a(), truth.b()};
    for (int i = 0; i < 4; i++) {
      Parameter p = fit.parameters().get(i);
      double se = p.standardError().orElseThrow();
      assertTrue(Math.abs(p.value() - expected[i]) < 4 * se, p + " vs " + expected[i]);
    }
  }
}
