package org.cxkit.examples.embed;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.metrics.clv.BgNbdFit;
import org.cxkit.metrics.clv.BgNbdModel;
import org.cxkit.metrics.clv.CustomerLifetimeValue;
import org.cxkit.metrics.clv.GammaGammaFit;
import org.cxkit.metrics.clv.GammaGammaModel;
import org.cxkit.metrics.clv.Rfm;
import org.cxkit.metrics.clv.RfmSummary;
import org.cxkit.metrics.clv.SimpleClv;

/**
 * Embeds {@code cx-metrics-clv}: the textbook retention formula under both timing conventions, then
 * the sample company's purchases summarised per customer (RFM, in weeks), the BG/NBD and Gamma-Gamma
 * models fitted to them, and one customer's discounted lifetime value over a year. Every time, rate
 * and horizon carries its unit (cx-core's {@code TimeScale}, {@code TimeSpan}, and {@code Rate}, which
 * also knows whether it is a retention or a discount rate).
 */
public final class ClvExample {
  /** The customer whose value is shown: the sample's most frequent buyer. */
  static final String CUSTOMER = "c-0367";
  /** The last day of the purchase history, inclusive. */
  static final LocalDate CALIBRATION_END = LocalDate.of(2025, 12, 31);

  private ClvExample() {}

  /**
   * Prints the figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Margin, retention and discount must all be per the same period (here a year), or the call refuses.
    Rate retention = Rate.retention(0.80, TimeScale.YEAR);
    Rate discount = Rate.discount(0.10, TimeScale.YEAR);
    double now = SimpleClv.ofRetention(100, TimeScale.YEAR, retention, discount, SimpleClv.Timing.FIRST_MARGIN_NOW);
    double atEnd = SimpleClv.ofRetention(100, TimeScale.YEAR, retention, discount,
        SimpleClv.Timing.FIRST_MARGIN_AT_END_OF_PERIOD);
    // The two conventions differ by exactly one year's margin: say which one a figure uses.
    System.out.printf(Locale.ROOT, "Simple CLV, margin 100 a year: %.2f (first margin now), %.2f (first margin at"
        + " the end of year 1)%n", now, atEnd);
    // A discount rate compounds: 10 % a year is about 0.80 % a month, not 10 / 12 = 0.83 %.
    System.out.printf(Locale.ROOT, "10%% a year is %.4f%% a month%n", 100 * discount.per(TimeScale.MONTH).value());

    List<Purchase> purchases = SampleData.load().purchases();
    BulkResult<Purchase, RfmSummary> summary =
        RfmSummary.from(purchases, ZoneOffset.UTC, CALIBRATION_END, TimeScale.WEEK);
    List<Rfm> customers = summary.value().customers();
    System.out.printf(Locale.ROOT, "RFM: %d customers from %d purchases (%d set aside), times in weeks%n",
        customers.size(), summary.givenCount(), summary.setAside().size());

    BgNbdFit fit = BgNbdModel.fit(customers, TimeScale.WEEK);
    // Look at the diagnostics before using a fit: a model that did not converge predicts nothing.
    System.out.println("BG/NBD " + fit.parameters() + ", converged: " + fit.diagnostics().converged());
    GammaGammaFit spend = GammaGammaModel.fit(customers).value();
    System.out.println("Gamma-Gamma " + spend.parameters() + " on " + spend.count() + " repeat buyers");

    Rfm c = customers.stream().filter(r -> r.customer().value().equals(CUSTOMER)).findFirst().orElseThrow();
    BgNbdModel model = fit.model();
    // The model was fitted in weeks; a horizon in months is converted, never read as weeks.
    TimeSpan year = TimeSpan.of(12, TimeScale.MONTH);
    System.out.printf(Locale.ROOT, "%s: x=%d repeat purchases, t_x=%.1f, T=%.1f weeks; P(alive)=%.3f; expected"
            + " purchases in the next 12 months %.2f, spend per purchase %.2f%n", CUSTOMER, c.frequency(),
        c.recency(), c.age(), model.probabilityAlive(c), model.expectedPurchases(c, year),
        spend.model().expectedAverageSpend(c));
    double clv = CustomerLifetimeValue.of(model, spend.model())
        .value(c, year, TimeScale.MONTH, discount, 0.30);
    System.out.printf(Locale.ROOT, "%s: CLV over 12 months, monthly steps, 10%% a year discount, 30%% margin: %.2f"
        + " USD%n", CUSTOMER, clv);
  }
}
