package org.cxkit.metrics.satisfaction.service;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.ticket.Ticket;

/**
 * The service times of a set of tickets, each as a {@link DurationDistribution} with its open count:
 * <ul>
 *   <li><b>first response time</b>: from the opening to the first reply; tickets nobody has answered
 *       are open;</li>
 *   <li><b>first resolution time</b>: from the opening to the first time the ticket was marked
 *       resolved, whether or not it was reopened later; tickets never resolved are open;</li>
 *   <li><b>final resolution time</b>: from the opening to the last resolution of a ticket that has
 *       stayed resolved; tickets never resolved, or reopened and not resolved again, are open.</li>
 * </ul>
 * The two resolution times differ exactly on reopened tickets: the first shows how fast the desk
 * closes tickets, the final how long customers wait for an answer that sticks.
 *
 * <p>Times are elapsed time, or business time when a {@link BusinessCalendar} is given. Build with a
 * {@link ServiceTimesAccumulator} or {@link #toServiceTimes()}.
 *
 * <p><b>Empty input:</b> no ticket gives three empty distributions and a count of 0; their figures
 * throw {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServiceTimes {
  private final Optional<BusinessCalendar> calendar;
  private final DurationDistribution firstResponse;
  private final DurationDistribution firstResolution;
  private final DurationDistribution finalResolution;

  ServiceTimes(Optional<BusinessCalendar> calendar, DurationDistribution firstResponse,
      DurationDistribution firstResolution, DurationDistribution finalResolution) {
    this.calendar = calendar;
    this.firstResponse = firstResponse;
    this.firstResolution = firstResolution;
    this.finalResolution = finalResolution;
  }

  /**
   * Returns an empty accumulator measuring elapsed time, to tally tickets one at a time.
   *
   * @return a new accumulator
   */
  public static ServiceTimesAccumulator accumulator() {
    return ServiceTimesAccumulator.create();
  }

  /**
   * Returns an empty accumulator measuring time within business hours, to tally tickets one at a time.
   *
   * @param calendar the business hours
   * @return a new accumulator
   */
  public static ServiceTimesAccumulator accumulator(BusinessCalendar calendar) {
    return ServiceTimesAccumulator.inBusinessHours(calendar);
  }

  /**
   * Returns a collector of tickets into elapsed service times, usable on parallel streams.
   *
   * @return the collector
   */
  public static Collector<Ticket, ServiceTimesAccumulator, ServiceTimes> toServiceTimes() {
    return Accumulators.collector(ServiceTimes::accumulator);
  }

  /**
   * Returns a collector of tickets into service times in business hours, usable on parallel streams.
   *
   * @param calendar the business hours
   * @return the collector
   */
  public static Collector<Ticket, ServiceTimesAccumulator, ServiceTimes> toServiceTimes(BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return Accumulators.collector(() -> ServiceTimesAccumulator.inBusinessHours(calendar));
  }

  /**
   * Returns the business hours the times were measured in.
   *
   * @return the calendar, or empty for elapsed time
   */
  public Optional<BusinessCalendar> calendar() {
    return calendar;
  }

  /**
   * Returns how many tickets were counted.
   *
   * @return the count, zero or more
   */
  public long count() {
    return firstResponse.totalCount();
  }

  /**
   * Returns the first response times; unanswered tickets are its open count.
   *
   * @return the distribution
   */
  public DurationDistribution firstResponse() {
    return firstResponse;
  }

  /**
   * Returns the first resolution times; never-resolved tickets are its open count.
   *
   * @return the distribution
   */
  public DurationDistribution firstResolution() {
    return firstResolution;
  }

  /**
   * Returns the final resolution times; tickets not resolved now are its open count.
   *
   * @return the distribution
   */
  public DurationDistribution finalResolution() {
    return finalResolution;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceTimes s && calendar.equals(s.calendar) && firstResponse.equals(s.firstResponse)
        && firstResolution.equals(s.firstResolution) && finalResolution.equals(s.finalResolution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar, firstResponse, firstResolution, finalResolution);
  }

  @Override
  public String toString() {
    return "ServiceTimes{tickets=" + count() + calendar.map(c -> ", " + c).orElse("")
        + ", firstResponse=" + firstResponse + ", firstResolution=" + firstResolution
        + ", finalResolution=" + finalResolution + "}";
  }
}
