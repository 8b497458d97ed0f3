package org.cxkit.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void sumsAreExact() {
    // 0.1 + 0.2 is 0.30000000000000004 in double; in Money it is 0.3 exactly.
    assertEquals(Money.of("0.3", "EUR"), Money.of("0.1", "EUR").plus(Money.of("0.2", "EUR")));
    assertEquals(Money.of("-5.25", "EUR"), Money.of("10", "EUR").minus(Money.of("15.25", "EUR")));
    assertEquals(Money.of("37.50", "EUR"), Money.of("12.50", "EUR").multipliedBy(new BigDecimal("3")));
  }

  @Test
  void equalityIgnoresScaleButNotCurrency() {
    assertEquals(Money.of("12.5", "USD"), Money.of("12.50", "USD"));
    assertEquals(Money.of("12.5", "USD").hashCode(), Money.of("12.500", "USD").hashCode());
    assertEquals(Money.of("0", "USD").hashCode(), Money.of("0.00", "USD").hashCode());
    assertNotEquals(Money.of("12.50", "USD"), Money.of("12.50", "EUR"));
  }

  @Test
  void refusesToMixCurrencies() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Money.of("1", "USD").plus(Money.of("1", "EUR")));
    assertEquals("Invalid value for currency (expected USD, currencies are never mixed): EUR", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Money.of("1", "USD").compareTo(Money.of("1", "EUR")));
  }

  @Test
  void rejectsBadTextNamingTheField() {
    assertEquals("Invalid value for amount (expected a plain decimal number such as 12.50): \"12,50\"",
        assertThrows(IllegalArgumentException.class, () -> Money.of("12,50", "EUR")).getMessage());
    assertEquals("Invalid value for currency (expected an ISO 4217 code): \"EURO\"",
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "EURO")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Money.parse("12.50"));
    for (String exponent : new String[] {"1e3", "1E3", "1e400", "1e999999999", "1_000", "1,000.00", "0x10", "NaN", "Infinity"}) {
      InvalidValueException x = assertThrows(InvalidValueException.class, () -> Money.of(exponent, "USD"), exponent);
      assertEquals(ReasonCode.NOT_A_NUMBER, x.code(), exponent);
    }
    assertThrows(NullPointerException.class, () -> Money.of(null, EUR));
  }

  @Test
  void anAmountHasAtMostItsCurrencysFractionDigits() {
    // USD and EUR have 2 fraction digits, JPY none (ISO 4217); trailing zeros do not count.
    assertEquals(Money.of("12.5", "USD"), Money.of("12.5000", "USD"));
    assertEquals(Money.of("1500", "JPY"), Money.of("1500.00", "JPY"));
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> Money.of("1.5", "JPY"));
    assertEquals("Invalid value for amount (at most 0 fraction digits in JPY): 1.5", x.getMessage());
    assertEquals(ReasonCode.PRECISION, x.code());
    assertThrows(InvalidValueException.class, () -> Money.of("0.001", "USD"));
    assertThrows(InvalidValueException.class, () -> Money.of(new BigDecimal("0.001"), EUR));
    assertThrows(InvalidValueException.class, () -> Money.of("0.01", "USD").multipliedBy(new BigDecimal("0.5")));
    assertEquals(Money.of("150.00", "USD"), Money.of("12.50", "USD").multipliedBy(BigDecimal.valueOf(12)));
    // XAU (gold) has no minor unit: up to four fraction digits.
    assertEquals(new BigDecimal("0.1234"), Money.of("0.1234", "XAU").amount());
    assertThrows(InvalidValueException.class, () -> Money.of("0.12345", "XAU"));
  }

  @Test
  void anAmountIsBelowTenToTheEighteen() {
    assertEquals(new BigDecimal("999999999999999999.99"), Money.of("999999999999999999.99", "USD").amount());
    InvalidValueException x = assertThrows(InvalidValueException.class, () -> Money.of("1000000000000000000", "USD"));
    assertEquals(ReasonCode.TOO_LARGE, x.code());
    assertThrows(InvalidValueException.class, () -> Money.of(new BigDecimal("1e999999999"), EUR));
    Money big = Money.of("999999999999999999", "USD");
    assertThrows(InvalidValueException.class, () -> big.plus(big));
  }

  @Test
  void signQueries() {
    assertTrue(Money.of("-0.01", "EUR").isNegative());
    assertTrue(Money.zero(EUR).isZero());
    assertEquals(Money.of("-3", "EUR"), Money.of("3", "EUR").negated());
  }

  @Test
  void toStringAndParseRoundTrip() {
    qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(0, 2))
        .checkAssert((unscaled, scale) -> {
          Money m = Money.of(BigDecimal.valueOf(unscaled, scale), EUR);
          Money back = Money.parse(m.toString());
          assertEquals(m, back);
          assertEquals(m.amount().scale(), back.amount().scale());
        });
    assertEquals("EUR 12.50", Money.of("12.50", "EUR").toString());
  }

  @Test
  void additionIsCommutativeAndAssociative() {
    qt().forAll(longs().between(-1_000_000L, 1_000_000L), longs().between(-1_000_000L, 1_000_000L),
            longs().between(-1_000_000L, 1_000_000L))
        .checkAssert((a, b, c) -> {
          Money x = Money.of(BigDecimal.valueOf(a, 2), EUR);
          Money y = Money.of(BigDecimal.valueOf(b, 1), EUR);
          Money z = Money.of(BigDecimal.valueOf(c, 0), EUR);
          assertEquals(x.plus(y), y.plus(x));
          assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
          assertEquals(x, x.plus(y).minus(y));
        });
  }
}
