package org.cxkit.metrics.churn;

import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.CalendarPeriod;

/**
 * One row of a {@link CohortTable}: the subscriptions that started in one calendar period (a month,
 * a quarter…, aligned to the calendar), and how many of them, and how much of their recurring
 * revenue, remained at each age.
 *
 * <p>Age {@code k} of the cohort of period {@code c} is the start of period {@code c + k}: a member
 * is retained at age {@code k} if it had not ended before that instant, and its revenue at age
 * {@code k} is its recurring revenue going into that period. At age 0 every member counts with its
 * revenue at its own start. Only ages whose instant is not after the table's as-of instant are
 * listed.
 *
 * <p>Empty input: a cohort with no member has counts and revenue of zero at every age; its
 * retention then throws {@link IllegalStateException}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the calendar period the members started in, such as {@code 2024-Q1}
 * @param retained the members retained at each age from 0; {@code retained.get(0)} is the cohort's count
 * @param revenue the recurring revenue of the members retained at each age from 0, zero or more, in one currency
 */
public record Cohort(CalendarPeriod period, List<Long> retained, List<Money> revenue) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if the lists are empty or differ in length, the retained
   *     counts are negative or rise with age, or the revenue is negative or mixes currencies
   */
  public Cohort {
    Objects.requireNonNull(period, "period");
    retained = List.copyOf(retained);
    revenue = List.copyOf(revenue);
    if (retained.isEmpty() || retained.size() != revenue.size()) {
      throw Checks.invalid(ReasonCode.INVALID, "retained/revenue sizes", "must be equal and at least 1",
          retained.size() + "/" + revenue.size());
    }
    for (int k = 0; k < retained.size(); k++) {
      long limit = k == 0 ? Long.MAX_VALUE : retained.get(k - 1);
      Checks.inRange("retained[" + k + "]", retained.get(k), 0, limit);
      Money m = revenue.get(k);
      if (!m.currency().equals(revenue.get(0).currency())) {
        throw Checks.invalid(ReasonCode.CURRENCY_MISMATCH, "revenue[" + k + "]",
            "must be in " + revenue.get(0).currency() + ", currencies are never mixed", m);
      }
      Checks.nonNegative("revenue[" + k + "]", m.amount());
    }
  }

  /**
   * Returns how many subscriptions started in the cohort's period.
   *
   * @return the count, zero or more
   */
  public long count() {
    return retained.get(0);
  }

  /**
   * Returns the oldest age observed.
   *
   * @return the age, zero or more
   */
  public int maxAge() {
    return retained.size() - 1;
  }

  /**
   * Returns the share of members retained at an age.
   *
   * @param age from 0 to {@link #maxAge()}
   * @return the share, in [0, 1]
   * @throws IllegalArgumentException if the age is out of range
   * @throws IllegalStateException if the cohort is empty
   */
  public double retention(int age) {
    checkAge(age);
    if (count() == 0) {
      throw new IllegalStateException("The cohort of " + period + " is empty: its retention is undefined");
    }
    return (double) retained.get(age) / count();
  }

  /**
   * Returns the members' revenue at an age as a share of their revenue at age 0: net revenue
   * retention by cohort, which exceeds 1 when expansion outweighs churn and contraction.
   *
   * @param age from 0 to {@link #maxAge()}
   * @return the ratio, zero or more
   * @throws IllegalArgumentException if the age is out of range
   * @throws IllegalStateException if the cohort's starting revenue is zero
   */
  public double revenueRetention(int age) {
    checkAge(age);
    if (revenue.get(0).isZero()) {
      throw new IllegalStateException("The cohort of " + period + " started with no revenue: revenue retention is undefined");
    }
    return revenue.get(age).amount().divide(revenue.get(0).amount(), MathContext.DECIMAL64).doubleValue();
  }

  private void checkAge(int age) {
    Checks.inRange("age", age, 0, maxAge());
  }
}
