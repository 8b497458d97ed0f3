package org.cxkit.examples.embed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.satisfaction.Ces;
import org.cxkit.metrics.satisfaction.Csat;
import org.cxkit.metrics.satisfaction.service.BusinessCalendar;
import org.cxkit.metrics.satisfaction.service.DurationDistribution;
import org.cxkit.metrics.satisfaction.service.FcrDefinition;
import org.cxkit.metrics.satisfaction.service.FirstContactResolution;
import org.cxkit.metrics.satisfaction.service.ServiceTimes;

/**
 * Embeds {@code cx-metrics-satisfaction}: CSAT (the satisfied share with its Wilson interval, and the
 * mean) and CES from the sample company's answers, then a help desk's week of five tickets built in
 * code, whose first response and resolution times are read both on the clock and in business hours,
 * with open tickets counted apart, and whose first contact resolution is judged under a stated
 * definition.
 */
public final class SatisfactionExample {
  /** The help desk works in Paris, 9:00 to 17:00 on weekdays, closed on Christmas Day. */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final BusinessCalendar HOURS = BusinessCalendar.builder(PARIS)
      .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).holidays(LocalDate.of(2026, 12, 25)).build();

  private SatisfactionExample() {}

  /**
   * Prints the figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SampleData sample = SampleData.load();
    // The scale is declared, never guessed: on 1-5 the default satisfied boxes are 4 and 5 (top-2 box).
    Csat csat = sample.csatResponses().stream().collect(Csat.toCsat(Scale.ONE_TO_FIVE));
    System.out.println("CSAT satisfied " + percent(csat.satisfiedShare()) + ", mean " + mean(csat.mean()) + " on 1-5");
    // CES 2.0 is agreement on 1-7, higher is easier; agreeing means answers 5 to 7.
    Ces ces = sample.cesResponses().stream().collect(Ces.toCes());
    System.out.println("CES agreeing " + percent(ces.agreeingShare()) + ", mean " + mean(ces.mean()) + " on 1-7");

    List<Ticket> tickets = tickets();
    ServiceTimes clock = tickets.stream().collect(ServiceTimes.toServiceTimes());
    ServiceTimes business = tickets.stream().collect(ServiceTimes.toServiceTimes(HOURS));
    // A ticket opened on Friday at 16:30 and answered on Monday waited 65 hours, but one working hour.
    System.out.println("First response, elapsed:        " + times(clock.firstResponse()));
    System.out.println("First response, business hours: " + times(business.firstResponse()));
    // An unresolved ticket is open, not a zero: it stays out of the quantiles and is counted apart.
    System.out.println("First resolution, business hours: " + times(business.firstResolution()));
    System.out.println("Final resolution, business hours: " + times(business.finalResolution()));

    // FCR needs a definition; under "one contact, never reopened" the open ticket is not judged yet.
    FirstContactResolution fcr = tickets.stream().collect(FirstContactResolution.toFcr(FcrDefinition.oneContact()));
    System.out.printf(Locale.ROOT, "First contact resolution: %d of %d judged tickets, %s; %d open%n",
        fcr.firstContactCount(), fcr.judgedCount(), percent(fcr.rate()), fcr.openCount());
  }

  /** A week of tickets, one per way a ticket's life can go. */
  static List<Ticket> tickets() {
    return List.of(
        ticket("T-1", "2026-11-02T10:00", "2026-11-02T10:30", 1).addResolutions(at("2026-11-02T14:00")).build(),
        ticket("T-2", "2026-11-06T16:30", "2026-11-09T09:30", 1).addResolutions(at("2026-11-09T11:00")).build(),
        // Resolved, then reopened the next morning: its first and final resolution times differ.
        ticket("T-3", "2026-11-03T10:00", "2026-11-03T10:15", 1).addResolutions(at("2026-11-03T12:00"))
            .addReopenings(at("2026-11-04T09:00")).addResolutions(at("2026-11-04T15:00")).build(),
        ticket("T-4", "2026-11-04T11:00", "2026-11-04T13:00", 1).build(),
        // The customer had to write twice before it was solved.
        ticket("T-5", "2026-11-05T14:00", "2026-11-05T14:20", 2).addResolutions(at("2026-11-06T10:00")).build());
  }

  private static Ticket.Builder ticket(String id, String opened, String firstResponse, int contacts) {
    return Ticket.builder().id(id).customer(CustomerId.of("c-" + id.substring(2))).category("billing")
        .channel(Channel.EMAIL).openedAt(at(opened)).firstResponseAt(at(firstResponse)).contacts(contacts);
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
  }

  static String times(DurationDistribution d) {
    return String.format(Locale.ROOT, "median %s, p90 %s (n=%d, %d open)", hm(d.median()), hm(d.p90()), d.count(),
        d.openCount());
  }

  static String hm(Duration d) {
    return String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart());
  }

  static String percent(Estimate e) {
    return String.format(Locale.ROOT, "%.1f%% (n=%d, 95%% CI %.1f%% to %.1f%%)", 100 * e.value(), e.n(),
        100 * e.lower(), 100 * e.upper());
  }

  static String mean(Estimate e) {
    return String.format(Locale.ROOT, "%.2f (95%% CI %.2f to %.2f)", e.value(), e.lower(), e.upper());
  }
}
