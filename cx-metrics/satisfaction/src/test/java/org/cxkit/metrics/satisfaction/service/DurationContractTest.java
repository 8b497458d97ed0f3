package org.cxkit.metrics.satisfaction.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collector;
import org.cxkit.testkit.AccumulatorContract;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DurationContractTest extends AccumulatorContract<Duration, DurationAccumulator, DurationDistribution> {

  @Override
  protected Gen<Duration> items() {
    // Up to 10 years, with nanoseconds.
    return longs().between(0, 315_360_000_000_000_000L).map(Duration::ofNanos);
  }

  @Override
  protected DurationAccumulator newAccumulator() {
    return DurationDistribution.accumulator();
  }

  @Override
  protected Collector<Duration, ?, DurationDistribution> collector() {
    return DurationDistribution.toDistribution();
  }

  @Override
  protected DurationDistribution expectedEmpty() {
    return DurationDistribution.of();
  }

  @Override
  protected void checkEmpty(DurationDistribution empty) {
    assertEquals(0, empty.count());
    assertThrows(IllegalStateException.class, empty::mean);
    assertThrows(IllegalStateException.class, empty::median);
  }

  @Test
  void quantilesAreMonotoneAndTheMeanLiesBetweenTheExtremes() {
    qt().forAll(lists().of(items()).ofSizeBetween(1, 100), doubles().between(0, 1), doubles().between(0, 1))
        .check((values, p, q) -> {
          DurationDistribution d = values.stream().collect(DurationDistribution.toDistribution());
          Duration a = d.quantile(Math.min(p, q));
          Duration b = d.quantile(Math.max(p, q));
          return a.compareTo(b) <= 0 && d.min().compareTo(d.mean()) <= 0 && d.mean().compareTo(d.max()) <= 0
              && a.compareTo(d.min()) >= 0 && b.compareTo(d.max()) <= 0;
        });
  }

  @Test
  void medianAgreesWithSortingByHand() {
    qt().forAll(lists().of(items()).ofSizeBetween(1, 101)).check(values -> {
      long[] sorted = values.stream().mapToLong(Duration::toNanos).sorted().toArray();
      int n = sorted.length;
      // The textbook median: the middle value, or the mean of the two middle values (rounded half up).
      long median = n % 2 == 1 ? sorted[n / 2]
          : sorted[n / 2 - 1] + Math.round((sorted[n / 2] - sorted[n / 2 - 1]) / 2.0);
      DurationDistribution d = values.stream().collect(DurationDistribution.toDistribution());
      return d.median().toNanos() == median && Arrays.equals(d.toSortedNanos(), sorted);
    });
  }
}
