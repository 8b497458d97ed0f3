package org.cxkit.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * An exact amount of money in one currency, such as {@code USD 12.50}.
 *
 * <p>The amount is a {@link BigDecimal}, never a {@code double}, so sums are exact. Arithmetic and
 * comparison between different currencies throw {@link IllegalArgumentException}: cx never converts
 * currencies silently. Amounts may be negative (a refund, a contraction); the model types that need
 * a non-negative amount check it themselves.
 *
 * <p>Two amounts are equal when they have the same currency and the same numeric value, whatever
 * their scale: {@code USD 12.5} equals {@code USD 12.50}.
 *
 * <p>Every amount, given or computed, keeps two rules, checked when it is made:
 * <ul>
 *   <li>it has at most as many fraction digits as its currency's minor unit, trailing zeros aside
 *       ({@code USD 12.50} and {@code JPY 1500} are amounts; {@code USD 0.001} and {@code JPY 1.5} are
 *       not; a currency without a minor unit, such as {@code XAU}, takes up to
 *       {@value #UNDEFINED_MINOR_UNIT_DIGITS});
 *   <li>its magnitude is below 10<sup>{@value #MAX_INTEGER_DIGITS}</sup> units, far beyond any real
 *       sum, so that no amount overflows a {@code double} or exhausts memory in arithmetic.
 * </ul>
 * Text amounts are plain decimals: an optional sign, digits and an optional fraction, with no
 * exponent ({@code 1e3}) and no grouping. A breach raises {@link InvalidValueException} with
 * reason code {@link ReasonCode#PRECISION}, {@link ReasonCode#TOO_LARGE} or
 * {@link ReasonCode#NOT_A_NUMBER}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
  /** The most integer digits an amount may have. */
  public static final int MAX_INTEGER_DIGITS = 18;
  /** The most fraction digits of an amount in a currency without a minor unit. */
  public static final int UNDEFINED_MINOR_UNIT_DIGITS = 4;

  private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    int digits = currency.getDefaultFractionDigits() < 0 ? UNDEFINED_MINOR_UNIT_DIGITS : currency.getDefaultFractionDigits();
    if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(ReasonCode.TOO_LARGE, "amount", "Invalid value for amount (must be below 10^"
          + MAX_INTEGER_DIGITS + " " + currency + "): " + (amount.precision() - amount.scale() > 40 ? amount : amount.toPlainString()));
    }
    if (amount.scale() > digits && amount.stripTrailingZeros().scale() > digits) {
      throw new InvalidValueException(ReasonCode.PRECISION, "amount", "Invalid value for amount (at most " + digits
          + " fraction digits in " + currency + "): " + amount.toPlainString());
    }
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Obtains an amount in a currency.
   *
   * @param amount the amount, any sign, with at most the currency's fraction digits (trailing zeros
   *     aside) and below 10<sup>{@value #MAX_INTEGER_DIGITS}</sup> in magnitude
   * @param currency the currency
   * @return the money
   * @throws IllegalArgumentException if the amount has too many fraction digits or is too large
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(currency, "currency"));
  }

  /**
   * Obtains an amount from its decimal text and an ISO 4217 currency code.
   *
   * @param amount the amount as plain decimal text, such as {@code "12.50"}: no exponent, no grouping
   * @param currencyCode the ISO 4217 code, such as {@code "EUR"}
   * @return the money
   * @throws IllegalArgumentException if the amount is not a plain decimal number, breaks the rules of
   *     the class comment, or the code is unknown
   */
  public static Money of(String amount, String currencyCode) {
    return of(decimal(Objects.requireNonNull(amount, "amount")), currency(currencyCode));
  }

  /**
   * Obtains zero in a currency.
   *
   * @param currency the currency
   * @return zero in that currency
   */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Parses text of the form {@code "EUR 12.50"}, the form {@link #toString()} produces.
   *
   * @param text the currency code, one space, and the amount
   * @return the money
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Money parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int space = s.indexOf(' ');
    if (space < 0) {
      throw new InvalidValueException(ReasonCode.MALFORMED, "money",
          "Invalid value for money (expected \"CUR amount\", such as \"EUR 12.50\"): \"" + s + "\"");
    }
    return of(s.substring(space + 1), s.substring(0, space));
  }

  private static BigDecimal decimal(String amount) {
    String text = amount.trim();
    if (text.length() > 64 || !PLAIN_DECIMAL.matcher(text).matches()) {
      throw new InvalidValueException(ReasonCode.NOT_A_NUMBER, "amount",
          "Invalid value for amount (expected a plain decimal number such as 12.50): \""
          + (text.length() > 64 ? text.substring(0, 64) + "…" : amount) + "\"");
    }
    return new BigDecimal(text);
  }

  private static Currency currency(String code) {
    Objects.requireNonNull(code, "currencyCode");
    try {
      return Currency.getInstance(code.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(ReasonCode.MALFORMED, "currency",
          "Invalid value for currency (expected an ISO 4217 code): \"" + code + "\"");
    }
  }

  /**
   * Returns the amount.
   *
   * @return the amount, with the scale it was given
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the sum of this and another amount in the same currency.
   *
   * @param other the amount to add
   * @return the exact sum
   * @throws IllegalArgumentException if the currencies differ, or the sum is too large
   */
  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  /**
   * Returns this amount less another amount in the same currency.
   *
   * @param other the amount to subtract
   * @return the exact difference
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /**
   * Returns this amount multiplied by an exact factor.
   *
   * @param factor the factor
   * @return the exact product, in this currency
   * @throws IllegalArgumentException if the product has more fraction digits than the currency, or is
   *     too large (see the class comment)
   */
  public Money multipliedBy(BigDecimal factor) {
    return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
  }

  /**
   * Returns the negated amount.
   *
   * @return the amount with the opposite sign
   */
  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true if the amount is negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true if the amount is zero, at any scale
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether another amount has the same currency as this one.
   *
   * @param other the other amount
   * @return true if both currencies are the same
   */
  public boolean isSameCurrency(Money other) {
    return currency.equals(other.currency);
  }

  /**
   * Compares amounts in the same currency by numeric value.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!isSameCurrency(other)) {
      throw new InvalidValueException(ReasonCode.CURRENCY_MISMATCH, "currency",
          "Invalid value for currency (expected " + currency + ", currencies are never mixed): " + other.currency);
    }
    return other;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
  }

  /** Returns the currency code, a space and the plain amount, such as {@code EUR 12.50}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + ' ' + amount.toPlainString();
  }
}
