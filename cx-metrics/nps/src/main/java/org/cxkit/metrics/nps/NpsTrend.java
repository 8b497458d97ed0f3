package org.cxkit.metrics.nps;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.cxkit.core.feedback.NpsResponse;

/**
 * Net Promoter Score per calendar period (day, ISO week, month or quarter) in a given time zone,
 * each period with its own n and interval, and the change from each period to the next with its
 * significance.
 *
 * <p>Only periods with at least one answer are points; a change compares each point with the point
 * before it, which may lie more than one period back if periods in between had no answers (the
 * change says which two periods it compares). Changes follow {@link NpsComparison}'s sign
 * convention: later minus earlier, positive when the score rose. Build a trend with
 * {@link #of(Iterable, CalendarPeriod, ZoneId, NpsPolicy)}, or in parallel by collecting
 * {@link NpsSegments#toSegments(Function)} with {@link #periodOf(CalendarPeriod, ZoneId)} as the key
 * and passing the result to {@link #from(NpsSegments, CalendarPeriod, NpsPolicy)}.
 *
 * <p>With the Wald method, two consecutive periods each with every answer in one category and
 * different scores have no finite z statistic, and building the trend throws
 * {@link IllegalStateException}; the default adjusted Wald method never does.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class NpsTrend {

  /**
   * One period of a trend.
   *
   * @param start the first day of the period
   * @param end the first day of the next period (exclusive)
   * @param tally the answers of the period, not empty
   * @param estimate the score of the period with its n and interval
   */
  public record Point(LocalDate start, LocalDate end, NpsTally tally, NpsEstimate estimate) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the end is not after the start
     */
    public Point {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(tally, "tally");
      Objects.requireNonNull(estimate, "estimate");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("Invalid value for end (must be after start " + start + "): " + end);
      }
    }
  }

  /**
   * The change from one point of a trend to the next.
   *
   * @param from the earlier point
   * @param to the later point
   * @param comparison the difference, later minus earlier, with its z test
   */
  public record Change(Point from, Point to, NpsComparison comparison) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if {@code to} does not start after {@code from}
     */
    public Change {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(comparison, "comparison");
      if (to.start().isBefore(from.end())) {
        throw new IllegalArgumentException(
            "Invalid value for to (must start on or after " + from.end() + "): " + to.start());
      }
    }
  }

  private final CalendarPeriod period;
  private final NpsPolicy policy;
  private final List<Point> points;
  private final List<Change> changes;

  private NpsTrend(CalendarPeriod period, NpsPolicy policy, List<Point> points) {
    this.period = period;
    this.policy = policy;
    this.points = Collections.unmodifiableList(points);
    List<Change> list = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      Point from = points.get(i - 1);
      Point to = points.get(i);
      list.add(new Change(from, to, NpsComparison.of(from.estimate(), to.estimate())));
    }
    this.changes = Collections.unmodifiableList(list);
  }

  /**
   * Builds the trend of responses.
   *
   * @param responses the responses, in any order
   * @param period the calendar period
   * @param zone the time zone whose calendar defines the periods
   * @param policy the confidence level, interval method and minimum sample size
   * @return the trend
   */
  public static NpsTrend of(Iterable<? extends NpsResponse> responses, CalendarPeriod period, ZoneId zone,
      NpsPolicy policy) {
    Function<NpsResponse, LocalDate> key = periodOf(period, zone);
    NpsSegmentsAccumulator<LocalDate> accumulator = new NpsSegmentsAccumulator<>();
    for (NpsResponse r : Objects.requireNonNull(responses, "responses")) {
      accumulator.add(key.apply(r), r.score());
    }
    return from(accumulator.snapshot(), period, policy);
  }

  /**
   * Builds a trend from tallies keyed by the first day of their period, as collected with
   * {@link #periodOf(CalendarPeriod, ZoneId)}.
   *
   * @param byPeriodStart tallies keyed by the first day of their period; empty tallies are left out
   * @param period the calendar period
   * @param policy the confidence level, interval method and minimum sample size
   * @return the trend
   * @throws IllegalArgumentException if a key is not the first day of a period
   */
  public static NpsTrend from(NpsSegments<LocalDate> byPeriodStart, CalendarPeriod period, NpsPolicy policy) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(policy, "policy");
    Map<LocalDate, NpsTally> sorted = new TreeMap<>(byPeriodStart.tallies());
    List<Point> points = new ArrayList<>();
    sorted.forEach((start, tally) -> {
      if (!tally.isEmpty()) {
        points.add(new Point(start, period.next(start), tally, tally.estimate(policy)));
      }
    });
    return new NpsTrend(period, policy, points);
  }

  /**
   * Returns the function that gives the first day of a response's period: a segment key for
   * {@link NpsSegments#toSegments(Function)}.
   *
   * @param period the calendar period
   * @param zone the time zone whose calendar defines the periods
   * @return the key function
   */
  public static Function<NpsResponse, LocalDate> periodOf(CalendarPeriod period, ZoneId zone) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(zone, "zone");
    return r -> period.startOf(r.answeredAt(), zone);
  }

  /**
   * Returns the calendar period of the points.
   *
   * @return the period
   */
  public CalendarPeriod period() {
    return period;
  }

  /**
   * Returns the policy the points were reported under.
   *
   * @return the policy
   */
  public NpsPolicy policy() {
    return policy;
  }

  /**
   * Returns the periods with answers, in time order.
   *
   * @return an unmodifiable list of points, empty if there were no answers
   */
  public List<Point> points() {
    return points;
  }

  /**
   * Returns the change from each point to the next, in time order.
   *
   * @return an unmodifiable list, one shorter than {@link #points()} (empty if it has fewer than two)
   */
  public List<Change> changes() {
    return changes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpsTrend t && period == t.period && policy.equals(t.policy) && points.equals(t.points);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, policy, points);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("NpsTrend{").append(period);
    for (Point p : points) {
      b.append(", ").append(period.label(p.start())).append(": ").append(p.estimate());
    }
    return b.append('}').toString();
  }
}
