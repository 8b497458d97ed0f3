package org.cxkit.metrics.nps;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Breakdown;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.CalendarUnit;

/**
 * Net Promoter Score per {@linkplain CalendarPeriod calendar period} (day, ISO week, month, quarter
 * or year, aligned to the calendar in a given time zone), each period with its own tally and
 * estimate, and the change from each period to the next with its significance: a
 * {@link Breakdown Breakdown&lt;CalendarPeriod, NpsTally&gt;} plus the comparisons.
 *
 * <p>Only periods with at least one answer are points; a change compares each point with the point
 * before it, which may lie more than one period back if periods in between had no answers (the
 * change says which two periods it compares). Changes follow {@link NpsComparison}'s sign
 * convention: later minus earlier, positive when the score rose. Build a trend with
 * {@link #of(Iterable, CalendarUnit, ZoneId, Confidence, NpsInterval)}, or in parallel by collecting
 * {@code Breakdown.sortedBy(NpsTrend.periodOf(unit, zone), NpsTally.toTally())} and passing the
 * breakdown to {@link #from(Breakdown, Confidence, NpsInterval)}. The methods without a
 * {@link Confidence} use {@link Confidence#DEFAULT}, and those without an {@link NpsInterval} the
 * adjusted Wald method.
 *
 * <p>With the Wald method, two consecutive periods each with every answer in one category and
 * different scores have no finite z statistic, and building the trend throws
 * {@link IllegalStateException}; the default adjusted Wald method never does.
 *
 * <p>Empty input: no answers give a trend without points or changes.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class NpsTrend {

  /**
   * One period of a trend.
   *
   * @param period the calendar period, whose {@linkplain CalendarPeriod#label() label} names it
   *     ({@code 2026-03}, {@code 2026-W11}, …)
   * @param tally the answers of the period, not empty
   * @param estimate the score of the period with its n and interval
   */
  public record Point(CalendarPeriod period, NpsTally tally, Estimate estimate) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the tally is empty
     */
    public Point {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(tally, "tally");
      Objects.requireNonNull(estimate, "estimate");
      if (tally.isEmpty()) {
        throw Checks.invalid(ReasonCode.MISSING, "tally", "must not be empty", tally);
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
     * @throws IllegalArgumentException if {@code to} is not a later period of the same unit as {@code from}
     */
    public Change {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(comparison, "comparison");
      if (to.period().unit() != from.period().unit() || to.period().compareTo(from.period()) <= 0) {
        throw Checks.invalid(ReasonCode.OUT_OF_ORDER, "to",
            "must be a " + from.period().unit() + " period after " + from.period(), to.period());
      }
    }
  }

  private final Confidence confidence;
  private final NpsInterval method;
  private final List<Point> points;
  private final List<Change> changes;

  private NpsTrend(Confidence confidence, NpsInterval method, List<Point> points) {
    this.confidence = confidence;
    this.method = method;
    this.points = Collections.unmodifiableList(points);
    List<Change> list = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      Point from = points.get(i - 1);
      Point to = points.get(i);
      list.add(new Change(from, to, NpsComparison.of(from.tally(), to.tally(), confidence, method)));
    }
    this.changes = Collections.unmodifiableList(list);
  }

  /**
   * Builds the trend of responses under {@link Confidence#DEFAULT} with the adjusted Wald method.
   *
   * @param responses the responses, in any order
   * @param unit the length of the periods
   * @param zone the time zone whose calendar defines the periods
   * @return the trend
   * @throws IllegalArgumentException if a response's local date is outside the years 1 to 9999
   */
  public static NpsTrend of(Iterable<? extends NpsResponse> responses, CalendarUnit unit, ZoneId zone) {
    return of(responses, unit, zone, Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Builds the trend of responses with the adjusted Wald method.
   *
   * @param responses the responses, in any order
   * @param unit the length of the periods
   * @param zone the time zone whose calendar defines the periods
   * @param confidence the confidence level and minimum sample size of every estimate and change
   * @return the trend
   * @throws IllegalArgumentException if a response's local date is outside the years 1 to 9999
   */
  public static NpsTrend of(Iterable<? extends NpsResponse> responses, CalendarUnit unit, ZoneId zone,
      Confidence confidence) {
    return of(responses, unit, zone, confidence, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Builds the trend of responses.
   *
   * @param responses the responses, in any order
   * @param unit the length of the periods
   * @param zone the time zone whose calendar defines the periods
   * @param confidence the confidence level and minimum sample size of every estimate and change
   * @param method the interval method of every estimate and change
   * @return the trend
   * @throws IllegalArgumentException if a response's local date is outside the years 1 to 9999
   * @throws IllegalStateException with the Wald method, if two consecutive points each have every
   *     answer in one category and their scores differ
   */
  public static NpsTrend of(Iterable<? extends NpsResponse> responses, CalendarUnit unit, ZoneId zone,
      Confidence confidence, NpsInterval method) {
    Breakdown<CalendarPeriod, NpsTally> byPeriod =
        StreamSupport.stream(Objects.requireNonNull(responses, "responses").spliterator(), false)
            .collect(Breakdown.sortedBy(periodOf(unit, zone), NpsTally.toTally()));
    return from(byPeriod, confidence, method);
  }

  /**
   * Builds a trend from tallies by period under {@link Confidence#DEFAULT} with the adjusted Wald method.
   *
   * @param byPeriod tallies by calendar period, all of one unit, as collected with
   *     {@code Breakdown.sortedBy(NpsTrend.periodOf(unit, zone), NpsTally.toTally())}
   * @return the trend
   * @throws IllegalArgumentException if the periods are not all of one unit
   */
  public static NpsTrend from(Breakdown<CalendarPeriod, NpsTally> byPeriod) {
    return from(byPeriod, Confidence.DEFAULT, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Builds a trend from tallies by period with the adjusted Wald method.
   *
   * @param byPeriod tallies by calendar period, all of one unit
   * @param confidence the confidence level and minimum sample size of every estimate and change
   * @return the trend
   * @throws IllegalArgumentException if the periods are not all of one unit
   */
  public static NpsTrend from(Breakdown<CalendarPeriod, NpsTally> byPeriod, Confidence confidence) {
    return from(byPeriod, confidence, NpsInterval.ADJUSTED_WALD);
  }

  /**
   * Builds a trend from tallies by period, in time order whatever the breakdown's order.
   *
   * @param byPeriod tallies by calendar period, all of one unit; empty tallies are left out
   * @param confidence the confidence level and minimum sample size of every estimate and change
   * @param method the interval method of every estimate and change
   * @return the trend
   * @throws IllegalArgumentException if the periods are not all of one unit
   * @throws IllegalStateException with the Wald method, if two consecutive points each have every
   *     answer in one category and their scores differ
   */
  public static NpsTrend from(Breakdown<CalendarPeriod, NpsTally> byPeriod, Confidence confidence,
      NpsInterval method) {
    return from(Objects.requireNonNull(byPeriod, "byPeriod").segments(), confidence, method);
  }

  /**
   * Builds a trend from tallies by period, as a map such as a breakdown's
   * {@linkplain Breakdown#segments() segments}, in time order whatever the map's order.
   *
   * @param byPeriod tallies by calendar period, all of one unit; empty tallies are left out
   * @param confidence the confidence level and minimum sample size of every estimate and change
   * @param method the interval method of every estimate and change
   * @return the trend
   * @throws IllegalArgumentException if the periods are not all of one unit
   * @throws IllegalStateException with the Wald method, if two consecutive points each have every
   *     answer in one category and their scores differ
   */
  public static NpsTrend from(Map<CalendarPeriod, NpsTally> byPeriod, Confidence confidence,
      NpsInterval method) {
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(method, "method");
    Map<CalendarPeriod, NpsTally> sorted = new TreeMap<>(Objects.requireNonNull(byPeriod, "byPeriod"));
    List<Point> points = new ArrayList<>();
    CalendarUnit unit = sorted.isEmpty() ? null : sorted.keySet().iterator().next().unit();
    sorted.forEach((period, tally) -> {
      if (period.unit() != unit) {
        throw Checks.invalid(ReasonCode.INVALID, "byPeriod", "periods must all be of one unit, here "
            + unit, period);
      }
      if (!Objects.requireNonNull(tally, "tally").isEmpty()) {
        points.add(new Point(period, tally, tally.estimate(confidence, method)));
      }
    });
    return new NpsTrend(confidence, method, points);
  }

  /**
   * Returns the function that gives the calendar period of a response's {@code answeredAt()} in a
   * zone: the key of a {@link Breakdown} by period.
   *
   * @param unit the length of the periods
   * @param zone the time zone whose calendar defines the periods
   * @return the key function, which throws {@link IllegalArgumentException} for a local date outside
   *     the years 1 to 9999
   */
  public static Function<NpsResponse, CalendarPeriod> periodOf(CalendarUnit unit, ZoneId zone) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(zone, "zone");
    return r -> CalendarPeriod.containing(r.answeredAt(), zone, unit);
  }

  /**
   * Returns the confidence every point and change was reported with.
   *
   * @return the confidence
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Returns the interval method of every point and change.
   *
   * @return the method
   */
  public NpsInterval method() {
    return method;
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
    return o instanceof NpsTrend t && confidence.equals(t.confidence) && method == t.method
        && points.equals(t.points);
  }

  @Override
  public int hashCode() {
    return Objects.hash(confidence, method, points);
  }

  /** Returns a form such as {@code NpsTrend{2026-01: 0.0 (95% adjusted Wald CI …), 2026-03: …}}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("NpsTrend{");
    for (Point p : points) {
      b.append(b.length() > "NpsTrend{".length() ? ", " : "").append(p.period()).append(": ").append(p.estimate());
    }
    return b.append('}').toString();
  }
}
