package org.cxkit.metrics.gap;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.experience.QualityDimension;

/**
 * A mutable accumulator of zone-of-tolerance readings, per dimension, giving a {@link ZoneSummary}
 * on {@link #snapshot()}. {@link #add}, {@link #merge(ZoneAccumulator)} and
 * {@link #addAll(ZoneSummary)} share one merge path, so the accumulator is a valid combiner for
 * {@code Stream.collect} and {@link ZoneSummary#toZoneSummary()}.
 *
 * <p>Not thread-safe: confine each instance to one thread, as a collector does.
 */
public final class ZoneAccumulator {
  private final Map<QualityDimension, Tally> tallies = new LinkedHashMap<>();

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
   */
  public void add(ToleranceZone reading) {
    Tally t = tallies.computeIfAbsent(Objects.requireNonNull(reading, "reading").dimension(), d -> new Tally());
    t.adequacy.add(reading.adequacyGap());
    t.superiority.add(reading.superiorityGap());
    t.positions[reading.position().ordinal()]++;
  }

  /**
   * Adds everything another accumulator holds.
   *
   * @param other the other accumulator
   * @return this accumulator
   */
  public ZoneAccumulator merge(ZoneAccumulator other) {
    return mergeTallies(other.tallies);
  }

  /**
   * Adds everything a summary holds.
   *
   * @param summary the summary
   * @return this accumulator
   */
  public ZoneAccumulator addAll(ZoneSummary summary) {
    return mergeTallies(summary.tallies());
  }

  private ZoneAccumulator mergeTallies(Map<QualityDimension, Tally> others) {
    others.forEach((d, t) -> tallies.computeIfAbsent(d, k -> new Tally()).merge(t));
    return this;
  }

  /**
   * Returns an immutable summary of what was added so far.
   *
   * @return the summary
   */
  public ZoneSummary snapshot() {
    Map<QualityDimension, Tally> copy = new LinkedHashMap<>();
    tallies.forEach((d, t) -> copy.put(d, t.copy()));
    return new ZoneSummary(Collections.unmodifiableMap(copy));
  }

  /** One dimension's sums; mutable inside an accumulator, never changed once in a summary. */
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
  }
}
