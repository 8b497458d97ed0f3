package org.cxkit.metrics.gap.zone;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;

/**
 * Zone-of-tolerance figures per quality dimension over many readings: the mean adequacy and
 * superiority gaps with Student t intervals and standard errors, how many readings fell below,
 * within and above the zone, and where the dimension as a whole falls (by its mean gaps: below if
 * the mean adequacy gap is negative, above if the mean superiority gap is positive, else within).
 *
 * <p>Exactness: while a dimension's gaps are whole numbers (answers on a scale), they are summed
 * exactly, so a summary merged from parts equals the summary of the whole, and the sign of a mean
 * gap is exact; gaps that are not whole numbers are accumulated by Chan's pairwise update of mean
 * and sum of squared deviations, which keeps the variance of values far from zero, and a merged
 * summary then agrees with the whole to rounding. The counts are always exact.
 *
 * <p>Empty input: a summary of no readings has {@link #count()} 0 and no {@link #dimensions()}; its
 * figures for any dimension throw {@link IllegalArgumentException} (a dimension never read is
 * unknown). An interval needs two readings of the dimension ({@link IllegalStateException}
 * otherwise). Each figure method without a {@link Confidence} uses {@link Confidence#DEFAULT}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ZoneSummary {
  private final Map<QualityDimension, ZoneAccumulator.Tally> tallies;
  private final long count;

  ZoneSummary(Map<QualityDimension, ZoneAccumulator.Tally> tallies, long count) {
    this.tallies = tallies;
    this.count = count;
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
   * Returns a collector of readings into a summary, unordered and safe on parallel streams.
   *
   * @return the collector
   */
  public static Collector<ToleranceZone, ZoneAccumulator, ZoneSummary> toZoneSummary() {
    return Accumulators.collector(ZoneAccumulator::create);
  }

  /**
   * Summarises readings.
   *
   * @param readings the readings
   * @return the summary
   * @throws IllegalArgumentException if a reading's gap overflows to infinity
   */
  public static ZoneSummary of(Iterable<ToleranceZone> readings) {
    ZoneAccumulator acc = ZoneAccumulator.create();
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
    ZoneAccumulator acc = ZoneAccumulator.create();
    List<SetAside<Episode>> setAside = new ArrayList<>();
    long position = 0;
    long used = 0;
    for (Episode e : Objects.requireNonNull(episodes, "episodes")) {
      try {
        List<ToleranceZone> readings = ToleranceZone.allFrom(e);
        if (readings.isEmpty()) {
          throw Checks.invalid(ReasonCode.MISSING, "episode " + e.touchpoint().id(),
              "needs a perception with adequate and desired expectations on one dimension", "none");
        }
        // Checked as a whole before any is added, so that an episode is used entirely or not at all.
        ZoneAccumulator episode = ZoneAccumulator.create();
        readings.forEach(episode::add);
        acc.merge(episode);
        used++;
      } catch (InvalidValueException ex) {
        setAside.add(SetAside.of(position, e, ex));
      }
      position++;
    }
    return BulkResult.of(acc.snapshot(), used, setAside);
  }

  /**
   * Returns how many readings were summarised, over every dimension.
   *
   * @return the count, zero or more
   */
  public long count() {
    return count;
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
  public long count(QualityDimension dimension) {
    ZoneAccumulator.Tally t = tallies.get(Objects.requireNonNull(dimension, "dimension"));
    return t == null ? 0 : t.adequacy.count();
  }

  /**
   * Returns how many readings of a dimension fell in a position.
   *
   * @param dimension the dimension
   * @param position below, within or above
   * @return the count, zero for a dimension never read
   */
  public long count(QualityDimension dimension, ZonePosition position) {
    ZoneAccumulator.Tally t = tallies.get(Objects.requireNonNull(dimension, "dimension"));
    return t == null ? 0 : t.positions[position.ordinal()];
  }

  /**
   * Returns the mean adequacy gap ({@code P − adequate}) of a dimension with its interval at
   * {@link Confidence#DEFAULT}.
   *
   * @param dimension a dimension read
   * @return the estimate
   * @throws IllegalArgumentException if the dimension was never read
   * @throws IllegalStateException if it was read fewer than two times
   */
  public Estimate adequacyGap(QualityDimension dimension) {
    return adequacyGap(dimension, Confidence.DEFAULT);
  }

  /**
   * Returns the mean adequacy gap ({@code P − adequate}) of a dimension.
   *
   * @param dimension a dimension read
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalArgumentException if the dimension was never read
   * @throws IllegalStateException if it was read fewer than two times
   */
  public Estimate adequacyGap(QualityDimension dimension, Confidence confidence) {
    return tally(dimension).adequacy.estimate("adequacy gap of " + dimension, confidence);
  }

  /**
   * Returns the mean superiority gap ({@code P − desired}) of a dimension with its interval at
   * {@link Confidence#DEFAULT}.
   *
   * @param dimension a dimension read
   * @return the estimate
   * @throws IllegalArgumentException if the dimension was never read
   * @throws IllegalStateException if it was read fewer than two times
   */
  public Estimate superiorityGap(QualityDimension dimension) {
    return superiorityGap(dimension, Confidence.DEFAULT);
  }

  /**
   * Returns the mean superiority gap ({@code P − desired}) of a dimension.
   *
   * @param dimension a dimension read
   * @param confidence the confidence level and minimum sample size
   * @return the estimate
   * @throws IllegalArgumentException if the dimension was never read
   * @throws IllegalStateException if it was read fewer than two times
   */
  public Estimate superiorityGap(QualityDimension dimension, Confidence confidence) {
    return tally(dimension).superiority.estimate("superiority gap of " + dimension, confidence);
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
    if (t.adequacy.mean() < 0) {
      return ZonePosition.BELOW;
    }
    return t.superiority.mean() > 0 ? ZonePosition.ABOVE : ZonePosition.WITHIN;
  }

  private ZoneAccumulator.Tally tally(QualityDimension dimension) {
    ZoneAccumulator.Tally t = tallies.get(Objects.requireNonNull(dimension, "dimension"));
    if (t == null) {
      throw Checks.invalid(ReasonCode.INVALID, "dimension", "not read in this summary, read " + tallies.keySet(),
          dimension);
    }
    return t;
  }

  Map<QualityDimension, ZoneAccumulator.Tally> tallies() {
    return tallies;
  }

  /**
   * Tells whether another summary has the same counts and its means and variances within a relative
   * tolerance: how summaries of real-valued gaps merged in another order compare.
   */
  boolean agrees(ZoneSummary other, double tolerance) {
    if (count != other.count || !tallies.keySet().equals(other.tallies.keySet())) {
      return false;
    }
    for (Map.Entry<QualityDimension, ZoneAccumulator.Tally> e : tallies.entrySet()) {
      if (!e.getValue().agrees(other.tallies.get(e.getKey()), tolerance)) {
        return false;
      }
    }
    return true;
  }

  /** Summaries are equal when they hold the same readings' sums per dimension, in any order of dimensions. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ZoneSummary other && count == other.count && tallies.equals(other.tallies);
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
