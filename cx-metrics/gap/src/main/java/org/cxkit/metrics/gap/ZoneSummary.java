package org.cxkit.metrics.gap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.SetAside;

/**
 * Zone-of-tolerance figures per quality dimension over many readings: the mean adequacy and
 * superiority gaps with Student t intervals, how many readings fell below, within and above the
 * zone, and where the dimension as a whole falls (by its mean gaps: below if the mean adequacy gap
 * is negative, above if the mean superiority gap is positive, else within).
 *
 * <p>Gaps are summed in floating point, so a summary merged from parts agrees with the whole to
 * rounding; the counts agree exactly. An interval needs two readings of the dimension
 * ({@link IllegalStateException} otherwise); a dimension with no reading is unknown
 * ({@link IllegalArgumentException}). This class is immutable and thread-safe.
 */
public final class ZoneSummary {
  private final Map<QualityDimension, ZoneAccumulator.Tally> tallies;

  ZoneSummary(Map<QualityDimension, ZoneAccumulator.Tally> tallies) {
    this.tallies = tallies;
  }

  /**
   * Returns an empty accumulator, to add readings one at a time.
   *
   * @return a new accumulator
   */
  public static ZoneAccumulator accumulator() {
    return ZoneAccumulator.create();
  }

  /**
   * Returns a collector of readings into a summary.
   *
   * @return the collector
   */
  public static Collector<ToleranceZone, ?, ZoneSummary> toZoneSummary() {
    return Collector.of(ZoneSummary::accumulator, ZoneAccumulator::add, ZoneAccumulator::merge,
        ZoneAccumulator::snapshot);
  }

  /**
   * Summarises readings.
   *
   * @param readings the readings
   * @return the summary
   */
  public static ZoneSummary of(Iterable<ToleranceZone> readings) {
    ZoneAccumulator acc = ZoneSummary.accumulator();
    readings.forEach(acc::add);
    return acc.snapshot();
  }

  /**
   * Summarises the zone readings of episodes, setting aside each episode with no dimension that has a
   * perception and both the adequate and the desired expectation, or whose desired expectation is
   * below its adequate one.
   *
   * @param episodes the episodes
   * @return the summary of the readings of the episodes used, and the episodes set aside
   */
  public static BulkResult<Episode, ZoneSummary> from(Iterable<Episode> episodes) {
    ZoneAccumulator acc = ZoneSummary.accumulator();
    List<SetAside<Episode>> setAside = new ArrayList<>();
    long position = 0;
    long used = 0;
    for (Episode e : Objects.requireNonNull(episodes, "episodes")) {
      try {
        List<ToleranceZone> readings = ToleranceZone.allFrom(e);
        if (readings.isEmpty()) {
          throw new IllegalArgumentException("Invalid value for episode " + e.touchpoint().id()
              + " (needs a perception with adequate and desired expectations on one dimension): none");
        }
        readings.forEach(acc::add);
        used++;
      } catch (IllegalArgumentException ex) {
        setAside.add(new SetAside<>(position, e, String.valueOf(ex.getMessage())));
      }
      position++;
    }
    return BulkResult.of(acc.snapshot(), used, setAside);
  }

  /**
   * Returns the dimensions read, in the order first read.
   *
   * @return the dimensions, possibly empty
   */
  public List<QualityDimension> dimensions() {
    return List.copyOf(tallies.keySet());
  }

  /**
   * Returns how many readings a dimension has.
   *
   * @param dimension the dimension
   * @return the count, zero for a dimension never read
   */
  public long readings(QualityDimension dimension) {
    ZoneAccumulator.Tally t = tallies.get(dimension);
    return t == null ? 0 : t.adequacy.n;
  }

  /**
   * Returns the mean adequacy gap ({@code P − adequate}) of a dimension with its 95 % interval.
   *
   * @param dimension a dimension read
   * @return the estimate
   * @throws IllegalArgumentException if the dimension was never read
   * @throws IllegalStateException if it was read fewer than two times
   */
  public Estimate adequacyGap(QualityDimension dimension) {
    return tally(dimension).adequacy.estimate("adequacy gap of " + dimension, Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns the mean superiority gap ({@code P − desired}) of a dimension with its 95 % interval.
   *
   * @param dimension a dimension read
   * @return the estimate
   * @throws IllegalArgumentException if the dimension was never read
   * @throws IllegalStateException if it was read fewer than two times
   */
  public Estimate superiorityGap(QualityDimension dimension) {
    return tally(dimension).superiority.estimate("superiority gap of " + dimension, Intervals.DEFAULT_LEVEL);
  }

  /**
   * Returns how many readings of a dimension fell in a position.
   *
   * @param dimension the dimension
   * @param position below, within or above
   * @return the count, zero for a dimension never read
   */
  public long count(QualityDimension dimension, ZonePosition position) {
    ZoneAccumulator.Tally t = tallies.get(dimension);
    return t == null ? 0 : t.positions[position.ordinal()];
  }

  /**
   * Returns where a dimension falls on average: below if its mean adequacy gap is negative, above
   * if its mean superiority gap is positive, else within.
   *
   * @param dimension a dimension read
   * @return the position
   * @throws IllegalArgumentException if the dimension was never read
   */
  public ZonePosition position(QualityDimension dimension) {
    ZoneAccumulator.Tally t = tally(dimension);
    double n = t.adequacy.n;
    if (t.adequacy.sum / n < 0) {
      return ZonePosition.BELOW;
    }
    return t.superiority.sum / n > 0 ? ZonePosition.ABOVE : ZonePosition.WITHIN;
  }

  private ZoneAccumulator.Tally tally(QualityDimension dimension) {
    ZoneAccumulator.Tally t = tallies.get(Objects.requireNonNull(dimension, "dimension"));
    if (t == null) {
      throw new IllegalArgumentException(
          "Invalid value for dimension (not read in this summary, read " + tallies.keySet() + "): " + dimension);
    }
    return t;
  }

  Map<QualityDimension, ZoneAccumulator.Tally> tallies() {
    return tallies;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ZoneSummary other && tallies.equals(other.tallies);
  }

  @Override
  public int hashCode() {
    return tallies.hashCode();
  }

  /** Returns a form listing each dimension's counts below, within and above. */
  @Override
  public String toString() {
    Map<QualityDimension, String> parts = new LinkedHashMap<>();
    tallies.forEach((d, t) -> parts.put(d, "below=" + t.positions[0] + " within=" + t.positions[1]
        + " above=" + t.positions[2]));
    return "ZoneSummary" + Collections.unmodifiableMap(parts);
  }
}
