package org.cxkit.metrics.satisfaction.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cxkit.core.ticket.Ticket;

/**
 * A mutable tally of tickets' service times, from which {@link ServiceTimes} snapshots are taken. It
 * keeps every duration (three {@code long}s per ticket at most) for exact quantiles; merging
 * concatenates. Usable as accumulator and combiner of {@code Stream.collect}.
 *
 * <p>This class is <b>not</b> thread-safe.
 */
public final class ServiceTimesAccumulator {
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
   */
  public ServiceTimesAccumulator add(Ticket ticket) {
    Instant opened = ticket.openedAt();
    record(firstResponse, opened, ticket.firstResponseAt());
    record(firstResolution, opened, ticket.firstResolvedAt());
    record(finalResolution, opened, ticket.finalResolvedAt());
    return this;
  }

  private void record(DurationAccumulator target, Instant opened, Optional<Instant> end) {
    if (end.isPresent()) {
      target.add(measure(opened, end.get()));
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
   * @throws IllegalArgumentException if the two measure time differently
   */
  public ServiceTimesAccumulator merge(ServiceTimesAccumulator other) {
    checkSameCalendar(other.calendar);
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
   * @throws IllegalArgumentException if the two measure time differently
   */
  public ServiceTimesAccumulator addAll(ServiceTimes times) {
    checkSameCalendar(times.calendar());
    firstResponse.addAll(times.firstResponse());
    firstResolution.addAll(times.firstResolution());
    finalResolution.addAll(times.finalResolution());
    return this;
  }

  private void checkSameCalendar(Optional<BusinessCalendar> other) {
    if (!calendar.equals(other)) {
      throw new IllegalArgumentException("Invalid value for calendar (times measured in "
          + calendar.map(Object::toString).orElse("elapsed time") + " merge only with times measured the same way): "
          + other.map(Object::toString).orElse("elapsed time"));
    }
  }

  /**
   * Returns how many tickets were added.
   *
   * @return the count
   */
  public long ticketCount() {
    return firstResponse.count() + firstResponse.openCount();
  }

  /**
   * Returns an immutable tally of the tickets added so far; the accumulator stays usable.
   *
   * @return the service times
   */
  public ServiceTimes snapshot() {
    return new ServiceTimes(calendar, firstResponse.snapshot(), firstResolution.snapshot(), finalResolution.snapshot());
  }

  @Override
  public String toString() {
    return "ServiceTimesAccumulator{tickets=" + ticketCount() + "}";
  }
}
