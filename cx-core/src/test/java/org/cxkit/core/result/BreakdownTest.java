package org.cxkit.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import org.junit.jupiter.api.Test;

/** Breakdowns and the accumulator collector, on the smallest mergeable figure: a count and a sum. */
class BreakdownTest {

  record Sum(long count, long total) {}

  static final class SumAccumulator implements Accumulator<Integer, SumAccumulator, Sum> {
    private long count;
    private long total;

    @Override
    public SumAccumulator add(Integer item) {
      count++;
      total += item;
      return this;
    }

    @Override
    public SumAccumulator merge(SumAccumulator other) {
      count += other.count;
      total += other.total;
      return this;
    }

    @Override
    public Sum snapshot() {
      return new Sum(count, total);
    }

    @Override
    public long count() {
      return count;
    }
  }

  private static final Collector<Integer, SumAccumulator, Sum> SUM = Accumulators.collector(SumAccumulator::new);

  @Test
  void segmentsInFirstSeenOrderWithTheTotalRolledUp() {
    // Segments by last digit: 13 and 3 -> (2, 16); 7 -> (1, 7); 20 -> (1, 20); total (4, 43).
    Breakdown<Integer, Sum> b = List.of(13, 7, 20, 3).stream().collect(Breakdown.by(i -> i % 10, SUM));
    assertEquals(List.of(3, 7, 0), List.copyOf(b.segments().keySet()));
    assertEquals(Map.of(3, new Sum(2, 16), 7, new Sum(1, 7), 0, new Sum(1, 20)), b.segments());
    assertEquals(new Sum(4, 43), b.total());
    Breakdown<Integer, Sum> sorted = List.of(13, 7, 20, 3).stream().collect(Breakdown.sortedBy(i -> i % 10, SUM));
    assertEquals(List.of(0, 3, 7), List.copyOf(sorted.segments().keySet()));
    assertEquals(b, List.of(13, 7, 20, 3).stream().collect(Breakdown.by(i -> i % 10, SUM)));
  }

  @Test
  void theEmptyInputHasNoSegmentsAndAnEmptyTotal() {
    Breakdown<Integer, Sum> b = List.<Integer>of().stream().collect(Breakdown.by(i -> i, SUM));
    assertEquals(Map.of(), b.segments());
    assertEquals(new Sum(0, 0), b.total());
  }

  @Test
  void aRejectedFirstItemLeavesNoEmptySegment() {
    Collector<Integer, SumAccumulator, Sum> positive = Accumulators.collector(SumAccumulator::new, (a, i) -> {
      if (i < 0) {
        throw new InvalidValueException(ReasonCode.OUT_OF_RANGE, "item", "Invalid value for item (must not be negative): " + i);
      }
      a.add(i);
    });
    assertEquals(Map.of(0, new Sum(1, 4)), addThenFail(Breakdown.by(i -> Math.floorMod(i, 2), positive), 4, -3).segments());
  }

  /** Adds a good item, then a rejected one in a new segment, and finishes. */
  private static <A> Breakdown<Integer, Sum> addThenFail(Collector<Integer, A, Breakdown<Integer, Sum>> c, int good, int bad) {
    A groups = c.supplier().get();
    c.accumulator().accept(groups, good);
    assertThrows(InvalidValueException.class, () -> c.accumulator().accept(groups, bad));
    return c.finisher().apply(groups);
  }

  @Test
  void aNullKeyIsRejected() {
    assertThrows(NullPointerException.class, () -> List.of(1).stream().collect(Breakdown.by(i -> null, SUM)));
  }

  @Test
  void theTotalIsTheWholeAndSegmentsMatchAFilterOnEveryStream() {
    qt().forAll(lists().of(integers().between(-1000, 1000)).ofSizeBetween(0, 300)).checkAssert(items -> {
      Sum whole = items.stream().collect(SUM);
      Breakdown<Integer, Sum> sequential = items.stream().collect(Breakdown.sortedBy(i -> Math.floorMod(i, 7), SUM));
      Breakdown<Integer, Sum> parallel = items.parallelStream().collect(Breakdown.sortedBy(i -> Math.floorMod(i, 7), SUM));
      assertEquals(whole, sequential.total());
      assertEquals(sequential, parallel);
      sequential.segments().forEach((k, s) ->
          assertEquals(items.stream().filter(i -> Math.floorMod(i, 7) == k).collect(SUM), s));
      assertEquals(items.size(), whole.count());
    });
  }
}
