package org.cxkit.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.time.TimeScale;
import org.junit.jupiter.api.Test;

class RfmTest {
  private static final CustomerId C = CustomerId.of("c");

  @Test
  void rejectsInconsistentHistoriesNamingTheFieldAndValue() {
    assertEquals("Invalid value for recency (valid values > 0 - age 10.0): 11.0",
        assertThrows(IllegalArgumentException.class, () -> Rfm.of(C, 2, 11, 10, TimeScale.WEEK)).getMessage());
    assertEquals("Invalid value for recency (valid values 0 when frequency is 0): 3.0",
        assertThrows(IllegalArgumentException.class, () -> Rfm.of(C, 0, 3, 10, TimeScale.WEEK)).getMessage());
    assertEquals("Invalid value for frequency (must be at least 0): -1",
        assertThrows(IllegalArgumentException.class, () -> Rfm.of(C, -1, 0, 10, TimeScale.WEEK)).getMessage());
    assertEquals("Invalid value for age (must be finite): Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> Rfm.of(C, 0, 0, Double.POSITIVE_INFINITY, TimeScale.WEEK)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rfm.of(C, 2, 0, 10, TimeScale.WEEK));
    assertThrows(IllegalArgumentException.class, () -> Rfm.of(C, 1, 1, 10, -5, TimeScale.WEEK));
  }

  @Test
  void meanRepeatValueIsEmptyWithoutRepeatPurchases() {
    assertTrue(Rfm.of(C, 0, 0, 10, TimeScale.WEEK).meanRepeatValue().isEmpty());
    assertEquals(7.5, Rfm.of(C, 2, 3, 10, 7.5, TimeScale.WEEK).meanRepeatValue().getAsDouble(), 1e-15);
    assertEquals(21, Rfm.of(C, 2, 3, 10, 7.5, TimeScale.WEEK).recencyIn(TimeScale.DAY), 1e-12);
  }
}
