package org.cxkit.metrics.gap.disconfirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cxkit.metrics.gap.Seeded;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/**
 * Disconfirmation tallies against the shared accumulator contract, on half-point gaps: not whole
 * numbers, so their moments take Chan's pairwise update, and results compare with exact counts and
 * the mean and variance to rounding.
 */
class DisconfirmationTallyContractTest
    extends AccumulatorContract<Double, DisconfirmationAccumulator, DisconfirmationTally> {

  @Override
  protected DisconfirmationAccumulator newAccumulator() {
    return DisconfirmationTally.accumulator(0.5);
  }

  @Override
  protected Collector<Double, ?, DisconfirmationTally> collector() {
    return DisconfirmationTally.toDisconfirmationTally(0.5);
  }

  @Override
  protected Gen<Double> items() {
    return Seeded.seeded(rnd -> (rnd.nextInt(25) - 12) / 2.0);
  }

  @Override
  protected DisconfirmationTally expectedEmpty() {
    return Stream.<Double>empty().collect(DisconfirmationTally.toDisconfirmationTally(0.5));
  }

  @Override
  protected void checkEmpty(DisconfirmationTally empty) {
    assertEquals(0, empty.count());
    assertEquals(0, empty.count(Disconfirmation.CONFIRMED));
    assertThrows(IllegalStateException.class, () -> empty.share(Disconfirmation.POSITIVE));
    assertThrows(IllegalStateException.class, empty::meanGap);
  }

  /** Exact counts and tolerance; mean and variance to a relative 1e-10. */
  @Override
  protected boolean equivalent(DisconfirmationTally expected, DisconfirmationTally actual) {
    return Double.compare(expected.tolerance(), actual.tolerance()) == 0
        && java.util.Arrays.equals(expected.counts(), actual.counts())
        && expected.gaps().agrees(actual.gaps(), 1e-10);
  }
}
