package org.cxkit.metrics.nps;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/** Generators shared by the property tests. */
final class NpsGens {
  private NpsGens() {}

  /** Tallies with each count from 0 to {@code max}, the empty tally included. */
  static Gen<NpsTally> tallies(int max) {
    Gen<Integer> count = integers().between(0, max);
    return count.zip(count, count, (d, pa, p) -> NpsTally.of(d, pa, p));
  }

  /** Tallies with each count from 0 to {@code max} and at least one answer. */
  static Gen<NpsTally> nonEmptyTallies(int max) {
    return tallies(max).assuming(t -> !t.isEmpty());
  }

  /** Lists of valid answers, from 0 to 10. */
  static Gen<List<Integer>> scores(int maxSize) {
    return lists().of(integers().between(0, 10)).ofSizeBetween(0, maxSize);
  }
}
