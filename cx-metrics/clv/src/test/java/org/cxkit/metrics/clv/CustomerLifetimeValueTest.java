package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.Rate;
import org.cxkit.core.time.TimeScale;
import org.cxkit.core.time.TimeSpan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Per-customer CLV with the models fitted on CDNOW. Reads the shared reference data ({@link Cdnow}). */
@Tag(Cdnow.TAG)
class CustomerLifetimeValueTest {
  private static final List<Rfm> CDNOW = Cdnow.summaryRfm();
  private static final BgNbdModel PURCHASES = BgNbdModel.fit(CDNOW, TimeScale.WEEK).model();
  private static final GammaGammaModel SPEND = GammaGammaModel.fit(CDNOW).value().model();
  private static final CustomerLifetimeValue CLV = CustomerLifetimeValue.of(PURCHASES, SPEND);

  @Test
  void reproducesLifetimesReadmeAndShowsItsUnitMistake() {
    // lifetimes README, customer_lifetime_value(bgf, ..., time=12, discount_rate=0.01) on the weekly
    // CDNOW summary: customers 1, 2, 3, 6, 7, 9 = 140.096211, 18.943467, 38.180574, 1003.868107,
    // 28.109683, 167.418216. lifetimes' default freq="D" steps 30 time units per "month": on weekly
    // data its "12 months" are 12 steps of 30 weeks, discounted 1 % per 30 weeks. Asked in those
    // terms, we agree to 1e-7 relative (lifetimes' optimiser tolerance).
    TimeScale thirtyWeeks = TimeScale.ofDays(210);
    double[][] expected = {{0, 140.096211}, {1, 18.943467}, {2, 38.180574}, {5, 1003.868107}, {6, 28.109683},
        {8, 167.418216}};
    for (double[] e : expected) {
      Rfm c = CDNOW.get((int) e[0]);
      assertEquals(e[1], CLV.value(c, TimeSpan.of(12, thirtyWeeks), thirtyWeeks, Rate.discount(0.01, thirtyWeeks), 1),
          1e-7 * e[1], "customer " + (e[0] + 1));
    }
    // What the README meant, 12 months at 1 % a month, is about a quarter of that for customer 1.
    double twelveMonths = CLV.value(CDNOW.get(0), TimeSpan.of(12, TimeScale.MONTH), TimeScale.MONTH,
        Rate.discount(0.01, TimeScale.MONTH), 1);
    assertEquals(36.30, twelveMonths, 0.005);
  }

  @Test
  void oneStepByHand() {
    // One month, 1 % a month, margin 30 %: CLV = 0.3 * E[spend] * E[Y(1 month)] / 1.01. This checks
    // the composition and the discount step only: E[spend] and E[Y] are checked against published
    // values in GammaGammaCdnowTest and BgNbdCdnowTest, and the whole against lifetimes' CLV below.
    Rfm c = CDNOW.get(0);
    double expected = 0.3 * SPEND.expectedAverageSpend(c)
        * PURCHASES.expectedPurchases(c, TimeSpan.of(1, TimeScale.MONTH)) / 1.01;
    assertEquals(expected, CLV.value(c, TimeSpan.of(1, TimeScale.MONTH), TimeScale.MONTH,
        Rate.discount(0.01, TimeScale.MONTH), 0.3), 1e-12 * expected);
  }

  @Test
  void unitsOfTheDiscountRateAndHorizonDoNotChangeTheAnswer() {
    // 1 % a month is (1.01^12 - 1) = 12.682503013196972 % a year; 12 months are 1 year; a model in
    // days with alpha * 7 is the same model as in weeks.
    Rfm c = CDNOW.get(8);
    double monthly = CLV.value(c, TimeSpan.of(12, TimeScale.MONTH), TimeScale.MONTH, Rate.discount(0.01, TimeScale.MONTH), 1);
    double annual = CLV.value(c, TimeSpan.of(1, TimeScale.YEAR), TimeScale.MONTH,
        Rate.discount(Math.pow(1.01, 12) - 1, TimeScale.YEAR), 1);
    BgNbdModel inDays = BgNbdModel.of(PURCHASES.r(), PURCHASES.alpha() * 7, PURCHASES.a(), PURCHASES.b(), TimeScale.DAY);
    double daysModel = CustomerLifetimeValue.of(inDays, SPEND).value(c, TimeSpan.of(12, TimeScale.MONTH),
        TimeScale.MONTH, Rate.discount(0.01, TimeScale.MONTH), 1);
    assertEquals(monthly, annual, 1e-12 * monthly);
    assertEquals(monthly, daysModel, 1e-12 * monthly);
  }

  @Test
  void nonDecreasingInMarginAndHorizonNonIncreasingInDiscount() {
    qt().forAll(integers().between(0, CDNOW.size() - 1), doubles().between(0, 1), integers().between(0, 36),
        doubles().between(0, 0.2)).check((i, margin, months, discount) -> {
          Rfm c = CDNOW.get(i);
          TimeSpan h = TimeSpan.of(months, TimeScale.MONTH);
          double base = CLV.value(c, h, TimeScale.MONTH, Rate.discount(discount, TimeScale.MONTH), margin);
          double moreMargin = CLV.value(c, h, TimeScale.MONTH, Rate.discount(discount, TimeScale.MONTH), Math.min(1, margin + 0.1));
          double longer = CLV.value(c, TimeSpan.of(months + 1.5, TimeScale.MONTH), TimeScale.MONTH,
              Rate.discount(discount, TimeScale.MONTH), margin);
          double dearer = CLV.value(c, h, TimeScale.MONTH, Rate.discount(discount + 0.05, TimeScale.MONTH), margin);
          return Double.isFinite(base) && base >= 0 && moreMargin >= base && longer >= base && dearer <= base;
        });
  }

  @Test
  void rejectsBadMarginAndInfiniteMeanSpend() {
    Rfm c = Rfm.of(CustomerId.of("c"), 1, 1, 2, 10, TimeScale.WEEK);
    assertEquals("Invalid value for margin (valid values 0.0 - 1.0): 1.5", assertThrows(IllegalArgumentException.class,
        () -> CLV.value(c, TimeSpan.of(1, TimeScale.YEAR), TimeScale.MONTH, Rate.discount(0.1, TimeScale.YEAR), 1.5))
        .getMessage());
    assertEquals("Invalid value for spend q (must be above 1 for a finite mean spend): 0.9",
        assertThrows(IllegalArgumentException.class,
            () -> CustomerLifetimeValue.of(PURCHASES, GammaGammaModel.of(1, 0.9, 1))).getMessage());
    // A churn rate is not a discount rate: it would convert between periods by another rule.
    InvalidValueException notADiscountRate = assertThrows(InvalidValueException.class,
        () -> CLV.value(c, TimeSpan.of(1, TimeScale.YEAR), TimeScale.MONTH, Rate.churn(0.1, TimeScale.YEAR), 0.3));
    assertEquals("Invalid value for discount (must be a discount rate): churn 0.1 per YEAR",
        notADiscountRate.getMessage());
    assertEquals(ReasonCode.INVALID, notADiscountRate.code());
  }
}
