package org.cxkit.testkit;

import java.util.Objects;
import org.cxkit.core.result.Accumulator;

/**
 * The smallest mergeable figure, a count and an exact sum of whole numbers, used to check the kit
 * itself; {@code brokenMerge} makes an accumulator whose merge forgets the other's sum.
 */
record Tally(long count, long sum) {

  static final class Acc implements Accumulator<Integer, Acc, Tally> {
    private final boolean brokenMerge;
    private long count;
    private long sum;

    Acc(boolean brokenMerge) {
      this.brokenMerge = brokenMerge;
    }

    @Override
    public Acc add(Integer item) {
      count++;
      sum += Objects.requireNonNull(item);
      return this;
    }

    @Override
    public Acc merge(Acc other) {
      count += other.count;
      sum += brokenMerge ? 0 : other.sum;
      return this;
    }

    @Override
    public Tally snapshot() {
      return new Tally(count, sum);
    }

    @Override
    public long count() {
      return count;
    }
  }
}
