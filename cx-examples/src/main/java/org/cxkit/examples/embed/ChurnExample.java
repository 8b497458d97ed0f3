package org.cxkit.examples.embed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.Interval;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.churn.PeriodChurn;
import org.cxkit.metrics.churn.survival.SurvivalCurve;

/**
 * Embeds {@code cx-metrics-churn} on the sample company's subscriptions: the churn of one month with
 * the denominator it rests on and a Wilson interval, gross and net revenue retention, the monthly
 * rate turned into an annual one by compounding (cx-core's {@code Rate}, which knows a churn rate
 * from a discount rate), and the Kaplan–Meier survival of subscriptions in
 * months, with the median lifetime and the chance of lasting beyond a year.
 */
public final class ChurnExample {
  /** The sample bills in US dollars; every revenue figure is in one stated currency. */
  static final Currency USD = Currency.getInstance("USD");
  /** The month reported: March 2025 of the calendar, its instants read in UTC. */
  static final Interval MONTH = CalendarPeriod.parse("2025-03").toInterval(ZoneOffset.UTC);
  /** When the data was taken: subscriptions still active then are censored, not counted as churned. */
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

  private ChurnExample() {}

  /**
   * Prints the figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<Subscription> subscriptions = SampleData.load().subscriptions();

    BulkResult<Subscription, PeriodChurn> result = PeriodChurn.of(subscriptions, MONTH, USD);
    PeriodChurn march = result.value();
    System.out.printf(Locale.ROOT, "March 2025: %d subscriptions at start, %d lost, %d joined (%d of them left"
        + " within the month); %d set aside%n", march.atStart(), march.lost(), march.joined(), march.joinedAndLost(),
        result.setAside().size());
    // The denominator is those active at the start: joiners are in neither term of the rate.
    Estimate churn = march.churnRate();
    System.out.printf(Locale.ROOT, "Churn = lost / at start = %d / %d = %s%n", march.lost(), march.atStart(),
        percent(churn));
    // Expansion can lift NRR above 100 %; GRR leaves it out, so it never exceeds 100 %.
    System.out.printf(Locale.ROOT, "GRR %.1f%%, NRR %.1f%% (starting revenue %s)%n",
        100 * march.grossRevenueRetention(), 100 * march.netRevenueRetention(), march.startingRevenue());

    // A monthly churn rate compounds to a year as 1 - (1 - c)^12; twelve times it would overstate the annual churn.
    // The interval carries over bound by bound, since the conversion is increasing.
    Estimate annual = churn.map(c -> Rate.churn(c, TimeScale.MONTH).per(TimeScale.YEAR).value());
    System.out.printf(Locale.ROOT, "Annual churn at this pace: %s, not %.1f%% (x12)%n", percent(annual),
        1200 * churn.value());

    // Survival in months: a subscription still active at AS_OF counts as at risk until then, never as churned.
    SurvivalCurve curve = SurvivalCurve.of(subscriptions, AS_OF, ChronoUnit.MONTHS).value();
    OptionalDouble median = curve.medianLifetime();
    System.out.printf(Locale.ROOT, "Kaplan-Meier on %d subscriptions (%d churned, %d censored): median lifetime %s%n",
        curve.count(), curve.churnCount(), curve.censoredCount(),
        median.isPresent() ? String.format(Locale.ROOT, "%.1f months", median.getAsDouble()) : "not reached");
    System.out.println("Still subscribed after 12 months: " + percent(curve.survivalAt(12)));
  }

  static String percent(Estimate e) {
    return String.format(Locale.ROOT, "%.2f%% (n=%d, 95%% CI %.2f%% to %.2f%%)", 100 * e.value(), e.n(),
        100 * e.lower(), 100 * e.upper());
  }
}
