package org.cxkit.metrics.gap.zone;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.metrics.gap.internal.Moments;

/**
 * A mutable accumulator of zone-of-tolerance readings, per dimension, giving a {@link ZoneSummary}
 * on {@link #snapshot()}. {@link #add}, {@link #merge(ZoneAccumulator)} and
 * {@link #addAll(ZoneSummary)} share one merge path, so the accumulator is a valid combiner for
 * {@code Stream.collect} and {@link ZoneSummary#toZoneSummary()}.
 *
 * <p>Not thread-safe: confine each instance to one thread, as a collector does.
 */
public final class ZoneAccumulator implements Accumulator<ToleranceZone, ZoneAccumulator, ZoneSummary> {
  private final Map<QualityDimension, Tally> tallies = new LinkedHashMap<>();
  private long count;

  private ZoneAccumulator() {}

  /**
   * Creates an empty accumulator.
   *
   * @return the accumulator
   */
  static ZoneAccumulator create() {
    return new ZoneAccumulator();
  }

  /**
   * Adds one reading.
   *
   * @param reading the reading
   * @return this accumulator
   * @throws IllegalArgumentException if a gap of the reading overflows to infinity, or a count would
   *     overflow; nothing is added
   */
  @Override
  public ZoneAccumulator add(ToleranceZone reading) {
    Objects.requireNonNull(reading, "reading");
    double adequacy = Checks.finite("adequacy gap", reading.adequacyGap());
    double superiority = Checks.finite("superiority gap", reading.superiorityGap());
    long total = Checks.addExact("count", count, 1);
    Tally t = tallies.computeIfAbsent(reading.dimension(), d -> new Tally());
    t.adequacy.add(adequacy);
    t.superiority.add(superiority);
    t.positions[reading.position().ordinal()]++;
    count = total;
    return this;
  }

  /**
   * Adds everything another accumulator holds; the other is unchanged.
   *
   * @param other the other accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if a count would overflow
   */
  @Override
  public ZoneAccumulator merge(ZoneAccumulator other) {
    return mergeTallies(other.tallies, other.count);
  }

  /**
   * Adds everything a summary holds.
   *
   * @param summary the summary
   * @return this accumulator
   * @throws IllegalArgumentException if a count would overflow
   */
  public ZoneAccumulator addAll(ZoneSummary summary) {
    return mergeTallies(summary.tallies(), summary.count());
  }

  private ZoneAccumulator mergeTallies(Map<QualityDimension, Tally> others, long otherCount) {
    long total = Checks.addExact("count", count, otherCount);
    // Copies first, so that merging an accumulator into itself adds what it held before.
    Map<QualityDimension, Tally> copies = new LinkedHashMap<>();
    others.forEach((d, t) -> copies.put(d, t.copy()));
    copies.forEach((d, t) -> tallies.computeIfAbsent(d, k -> new Tally()).merge(t));
    count = total;
    return this;
  }

  /**
   * Returns how many readings were added, over every dimension.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns an immutable summary of what was added so far.
   *
   * @return the summary
   */
  @Override
  public ZoneSummary snapshot() {
    Map<QualityDimension, Tally> copy = new LinkedHashMap<>();
    tallies.forEach((d, t) -> copy.put(d, t.copy()));
    return new ZoneSummary(Collections.unmodifiableMap(copy), count);
  }

  /** One dimension's moments and counts; mutable inside an accumulator, never changed once in a summary. */
  static final class Tally {
    final Moments adequacy = new Moments();
    final Moments superiority = new Moments();
    final long[] positions = new long[3];

    void merge(Tally other) {
      adequacy.merge(other.adequacy);
      superiority.merge(other.superiority);
      for (int i = 0; i < 3; i++) {
        positions[i] += other.positions[i];
      }
    }

    Tally copy() {
      Tally t = new Tally();
      t.merge(this);
      return t;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Tally t && adequacy.equals(t.adequacy) && superiority.equals(t.superiority)
          && Arrays.equals(positions, t.positions);
    }

    @Override
    public int hashCode() {
      return adequacy.hashCode() * 31 + Arrays.hashCode(positions);
    }

    boolean agrees(Tally t, double tolerance) {
      return adequacy.agrees(t.adequacy, tolerance) && superiority.agrees(t.superiority, tolerance)
          && Arrays.equals(positions, t.positions);
    }
  }
}
