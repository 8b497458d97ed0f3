package org.cxkit.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The kit passes a correct figure and fails one whose merge is wrong: it can fail. */
class AccumulatorContractTest {
  // TallyContractTest runs every property on the correct figure.

  static class Correct extends AccumulatorContract<Integer, Tally.Acc, Tally> {
    private final boolean broken;

    Correct() {
      this(false);
    }

    Correct(boolean broken) {
      this.broken = broken;
    }

    @Override
    protected Tally.Acc newAccumulator() {
      return new Tally.Acc(broken);
    }

    @Override
    protected Gen<Integer> items() {
      return integers().between(-1000, 1000);
    }

    @Override
    protected Tally expectedEmpty() {
      return new Tally(0, 0);
    }

    @Override
    protected int examples() {
      return 200;
    }
  }

  @Test
  void aWrongMergeIsCaught() {
    Correct broken = new Correct(true);
    assertThrows(AssertionError.class, broken::mergingTwoPartsEqualsTheWhole);
    assertThrows(AssertionError.class, broken::mergeIsCommutative);
  }
}
