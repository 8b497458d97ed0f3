package org.cxkit.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void aChurnRateConvertsAsAProbabilityNotAsADiscountRate() {
    // 1 - 0.95^12 = 0.4596399 (46 %, DOMAIN.md: "through compounding, not x12"); compounding 5 % as a
    // discount rate would give 1.05^12 - 1 = 0.7958563, the defect this type removes.
    assertEquals(0.45963991233736334, Rate.churn(0.05, TimeScale.MONTH).per(TimeScale.YEAR).value(), 1e-15);
    assertEquals(0.7958563260221292, Rate.discount(0.05, TimeScale.MONTH).per(TimeScale.YEAR).value(), 1e-14);
    // 20 % annual churn is 1 - 0.8^(1/12) = 0.018423 a month, not 0.016667.
    assertEquals(0.01842347, Rate.churn(0.2, TimeScale.YEAR).per(TimeScale.MONTH).value(), 1e-8);
    // 10 % annual discount: 1.1^(1/12) - 1 = 0.00797414 a month.
    assertEquals(0.00797414, Rate.discount(0.1, TimeScale.YEAR).per(TimeScale.MONTH).value(), 1e-8);
    // 90 % annual retention: 0.9^(1/4) = 0.9740037 a quarter.
    assertEquals(0.9740037, Rate.retention(0.9, TimeScale.YEAR).per(TimeScale.QUARTER).value(), 1e-7);
    assertEquals(Rate.Kind.CHURN, Rate.churn(0.1, TimeScale.MONTH).per(TimeScale.HALF_YEAR).kind());
  }

  @Test
  void edgesAndValidation() {
    assertEquals(1.0, Rate.churn(1, TimeScale.MONTH).per(TimeScale.WEEK).value());
    assertEquals(0.0, Rate.retention(0, TimeScale.MONTH).per(TimeScale.YEAR).value());
    Rate r = Rate.churn(0.05, TimeScale.MONTH);
    assertSame(r, r.per(TimeScale.MONTH));
    assertEquals("Invalid value for rate (valid values 0.0 - 1.0): 1.5",
        assertThrows(IllegalArgumentException.class, () -> Rate.churn(1.5, TimeScale.MONTH)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rate.discount(-0.1, TimeScale.YEAR));
    assertThrows(IllegalArgumentException.class, () -> Rate.discount(Double.NaN, TimeScale.YEAR));
    assertThrows(IllegalArgumentException.class, () -> Rate.discount(1e300, TimeScale.DAY).per(TimeScale.YEAR));
    assertThrows(IllegalStateException.class, () -> Rate.discount(0.1, TimeScale.YEAR).complement());
    assertEquals(Rate.churn(0.0, TimeScale.YEAR), Rate.churn(-0.0, TimeScale.YEAR));
    assertEquals("churn 0.05 per MONTH", r.toString());
  }

  @Test
  void churnAndRetentionAreComplementsInEveryPeriod() {
    qt().forAll(doubles().between(0, 1)).checkAssert(c -> {
      Rate annualChurn = Rate.churn(c, TimeScale.MONTH).per(TimeScale.YEAR);
      Rate annualRetention = Rate.churn(c, TimeScale.MONTH).complement().per(TimeScale.YEAR);
      assertEquals(1.0, annualChurn.value() + annualRetention.value(), 1e-12);
    });
  }

  @Test
  void conversionsRoundTripAndStayInRange() {
    qt().forAll(doubles().between(0, 1)).checkAssert(c -> {
      Rate there = Rate.churn(c, TimeScale.WEEK).per(TimeScale.YEAR);
      assertTrue(there.value() >= 0 && there.value() <= 1 && there.value() >= c);
      // Where the annual rate is within 0.001 of 1, (1 - rate) keeps few digits and the way back loses them.
      if (there.value() < 0.999) {
        assertEquals(c, there.per(TimeScale.WEEK).value(), 1e-11);
      }
    });
    qt().forAll(doubles().between(0, 10)).checkAssert(d -> {
      Rate monthly = Rate.discount(d, TimeScale.YEAR).per(TimeScale.MONTH);
      assertTrue(Double.isFinite(monthly.value()) && monthly.value() <= d);
      assertEquals(d, monthly.per(TimeScale.YEAR).value(), 1e-11 * (1 + d));
    });
  }
}
