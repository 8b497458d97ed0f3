package org.cxkit.metrics.satisfaction.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.ticket.Ticket;

/**
 * A mutable tally of tickets' service times, from which {@link ServiceTimes} snapshots are taken. It
 * keeps every duration (three {@code long}s per ticket at most) for exact quantiles; merging
 * concatenates. As an {@link Accumulator}, a valid supplier, accumulator and combiner for
 * {@code Stream.collect} on parallel streams; {@link ServiceTimes#toServiceTimes()} wraps it as a
 * {@code Collector}.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class ServiceTimesAccumulator implements Accumulator<Ticket, ServiceTimesAccumulator, ServiceTimes> {
  private final Optional<BusinessCalendar> calendar;
  private final DurationAccumulator firstResponse = DurationDistribution.accumulator();
  private final DurationAccumulator firstResolution = DurationDistribution.accumulator();
  private final DurationAccumulator finalResolution = DurationDistribution.accumulator();

  private ServiceTimesAccumulator(Optional<BusinessCalendar> calendar) {
    this.calendar = calendar;
  }

  /**
   * Obtains an empty accumulator measuring elapsed time.
   *
   * @return the accumulator
   */
  static ServiceTimesAccumulator create() {
    return new ServiceTimesAccumulator(Optional.empty());
  }

  /**
   * Obtains an empty accumulator measuring time within business hours.
   *
   * @param calendar the business hours
   * @return the accumulator
   */
  static ServiceTimesAccumulator inBusinessHours(BusinessCalendar calendar) {
    return new ServiceTimesAccumulator(Optional.of(Objects.requireNonNull(calendar, "calendar")));
  }

  /**
   * Adds a ticket: each of its times if it has one, or one open item where it has none.
   *
   * @param ticket the ticket (its builder has already checked that nothing precedes the opening)
   * @return this accumulator
   * @throws IllegalArgumentException if a time is longer than about 292 years, or an accumulator is
   *     full ({@link DurationAccumulator#MAX_DURATIONS} durations); the accumulator is unchanged
   */
  @Override
  public ServiceTimesAccumulator add(Ticket ticket) {
    Instant opened = ticket.openedAt();
    Optional<Duration> response = ticket.firstResponseAt().map(end -> measure(opened, end));
    Optional<Duration> resolution = ticket.firstResolvedAt().map(end -> measure(opened, end));
    Optional<Duration> last = ticket.finalResolvedAt().map(end -> measure(opened, end));
    // Check all three before adding any, so that a rejected ticket leaves the tally unchanged.
    check(firstResponse, response);
    check(firstResolution, resolution);
    check(finalResolution, last);
    record(firstResponse, response);
    record(firstResolution, resolution);
    record(finalResolution, last);
    return this;
  }

  private static void check(DurationAccumulator target, Optional<Duration> time) {
    if (time.isPresent()) {
      target.checkAdd(time.get());
    } else {
      Checks.addExact("openCount", target.openCount(), 1);
    }
  }

  private static void record(DurationAccumulator target, Optional<Duration> time) {
    if (time.isPresent()) {
      target.add(time.get());
    } else {
      target.addOpen();
    }
  }

  private Duration measure(Instant start, Instant end) {
    return calendar.isPresent() ? calendar.get().between(start, end) : Duration.between(start, end);
  }

  /**
   * Adds every ticket of another accumulator, which is left unchanged.
   *
   * @param other an accumulator measuring time the same way
   * @return this accumulator
   * @throws IllegalArgumentException if the two measure time differently, or an accumulator would be
   *     full
   */
  @Override
  public ServiceTimesAccumulator merge(ServiceTimesAccumulator other) {
    checkSameCalendar(other.calendar);
    firstResponse.checkMerge(other.firstResponse);
    firstResolution.checkMerge(other.firstResolution);
    finalResolution.checkMerge(other.finalResolution);
    firstResponse.merge(other.firstResponse);
    firstResolution.merge(other.firstResolution);
    finalResolution.merge(other.finalResolution);
    return this;
  }

  /**
   * Adds every ticket of a tally.
   *
   * @param times a tally measured the same way
   * @return this accumulator
   * @throws IllegalArgumentException if the two measure time differently, or an accumulator would be
   *     full
   */
  public ServiceTimesAccumulator addAll(ServiceTimes times) {
    checkSameCalendar(times.calendar());
    firstResponse.checkAddAll(times.firstResponse());
    firstResolution.checkAddAll(times.firstResolution());
    finalResolution.checkAddAll(times.finalResolution());
    firstResponse.addAll(times.firstResponse());
    firstResolution.addAll(times.firstResolution());
    finalResolution.addAll(times.finalResolution());
    return this;
  }

  private void checkSameCalendar(Optional<BusinessCalendar> other) {
    if (!calendar.equals(other)) {
      throw Checks.invalid(ReasonCode.INVALID, "calendar", "times measured in "
          + calendar.map(Object::toString).orElse("elapsed time") + " merge only with times measured the same way",
          other.map(Object::toString).orElse("elapsed time"));
    }
  }

  /**
   * Returns how many tickets were added, merged ones included.
   *
   * @return the count, zero or more
   */
  @Override
  public long count() {
    return firstResponse.count() + firstResponse.openCount();
  }

  /**
   * Returns an immutable tally of the tickets added so far; the accumulator stays usable.
   *
   * @return the service times
   */
  @Override
  public ServiceTimes snapshot() {
    return new ServiceTimes(calendar, firstResponse.snapshot(), firstResolution.snapshot(), finalResolution.snapshot());
  }

  @Override
  public String toString() {
    return "ServiceTimesAccumulator{tickets=" + count() + "}";
  }
}
