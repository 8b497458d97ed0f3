package org.cxkit.metrics.journey.funnel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.metrics.journey.internal.KaplanMeier;

/**
 * The time journeys take to advance from one stage to the next, as a Kaplan–Meier survival curve in
 * which the journeys that had not advanced by the cut-off are censored there: {@code S(t)} is the
 * estimated share of journeys still in the stage {@code t} after entering it. Unlike the share that
 * advanced by the cut-off, it does not count a journey that entered the stage just before the cut-off
 * as one that failed to advance.
 *
 * <p>Greenwood's variance, with pointwise intervals on the log(−log) scale, as R's
 * {@code survival::survfit(..., conf.type = "log-log")}; times are read to the millisecond. The median
 * is the first time at which the curve is at or below ½ (its limits, the first times at which the
 * lower and the upper bound are); {@code survfit} agrees except where the curve is exactly ½ over an
 * interval, where it takes the interval's midpoint.
 *
 * <p>Empty input: with no journey in the stage, there are no points, the median is empty, and
 * {@link #survivalAt} and {@link #advancedWithin} throw {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeToAdvance {
  private final KaplanMeier curve;
  private final Confidence confidence;

  TimeToAdvance(KaplanMeier curve, Confidence confidence) {
    this.curve = curve;
    this.confidence = confidence;
  }

  /**
   * Returns how many journeys entered the stage.
   *
   * @return the journeys at risk at the start
   */
  public long count() {
    return curve.subjects();
  }

  /**
   * Returns the curve: one point per distinct time at which a journey advanced or was censored.
   *
   * @return the points in time order, unmodifiable
   */
  public List<SurvivalPoint> points() {
    List<SurvivalPoint> out = new ArrayList<>(curve.size());
    for (int i = 0; i < curve.size(); i++) {
      out.add(new SurvivalPoint(Duration.ofMillis(curve.time(i)), curve.atRisk(i), curve.events(i),
          curve.censored(i), curve.survival(i), curve.standardError(i), curve.lower(i), curve.upper(i)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the estimated share of journeys still in the stage some time after entering it.
   *
   * @param time the time since entering the stage, zero or more
   * @return {@code S(time)} with its Greenwood log(−log) interval and standard error
   * @throws IllegalStateException if no journey entered the stage
   */
  public Estimate survivalAt(Duration time) {
    int i = index(time);
    if (i < 0) {
      return Estimate.of(1, curve.subjects(), 1, 1, IntervalMethod.GREENWOOD_LOG_LOG, confidence).withStandardError(0);
    }
    return Estimate.of(curve.survival(i), curve.subjects(), curve.lower(i), curve.upper(i),
        IntervalMethod.GREENWOOD_LOG_LOG, confidence).withStandardError(curve.standardError(i));
  }

  /**
   * Returns the estimated share of journeys that advanced within some time of entering the stage.
   *
   * @param time the time since entering the stage, zero or more
   * @return {@code 1 − S(time)} with the interval {@code [1 − upper, 1 − lower]}
   * @throws IllegalStateException if no journey entered the stage
   */
  public Estimate advancedWithin(Duration time) {
    Estimate s = survivalAt(time);
    double se = s.standardError().orElse(0);
    return Estimate.of(1 - s.value(), s.n(), 1 - s.upper(), 1 - s.lower(), IntervalMethod.GREENWOOD_LOG_LOG,
        confidence).withStandardError(se);
  }

  private int index(Duration time) {
    Objects.requireNonNull(time, "time");
    if (curve.subjects() == 0) {
      throw new IllegalStateException("No journey entered the stage");
    }
    return curve.indexAt(time.isNegative() ? -1 : time.toMillis());
  }

  /**
   * Returns the median time to advance.
   *
   * @return the first time at which the curve is at or below ½, or empty if it stays above
   */
  public Optional<Duration> median() {
    return duration(curve.medianTime(0));
  }

  /**
   * Returns the lower limit of the median's interval: the first time the curve's lower bound is at or
   * below ½.
   *
   * @return the limit, or empty if the lower bound stays above ½
   */
  public Optional<Duration> medianLower() {
    return duration(curve.medianTime(-1));
  }

  /**
   * Returns the upper limit of the median's interval: the first time the curve's upper bound is at or
   * below ½.
   *
   * @return the limit, or empty if the upper bound stays above ½ (the limit is beyond the data)
   */
  public Optional<Duration> medianUpper() {
    return duration(curve.medianTime(1));
  }

  private static Optional<Duration> duration(OptionalLong millis) {
    return millis.isPresent() ? Optional.of(Duration.ofMillis(millis.getAsLong())) : Optional.empty();
  }

  @Override
  public String toString() {
    return "TimeToAdvance{journeys=" + count() + ", median=" + median().map(Duration::toString).orElse("not reached")
        + "}";
  }
}
