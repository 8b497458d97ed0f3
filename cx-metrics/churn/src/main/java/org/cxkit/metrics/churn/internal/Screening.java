package org.cxkit.metrics.churn.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.time.CalendarPeriod;

/**
 * The screening behind {@code Subscriptions.screen}, shared by the bulk factories of both packages,
 * and the checks a single subscription gets from the accumulators.
 */
public final class Screening {
  /** The code of a subscription that overlaps another of the same customer and product. */
  public static final ReasonCode OVERLAP = ReasonCode.of("overlap");

  /** The first instant of the year {@value CalendarPeriod#MIN_YEAR}, UTC. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /** The first instant after the year {@value CalendarPeriod#MAX_YEAR}, UTC. */
  private static final Instant AFTER_LATEST = Instant.parse("+10000-01-01T00:00:00Z");

  private Screening() {}

  /**
   * Screens subscriptions (dates, currency when {@code checkCurrency}, repeated ids, overlaps), then
   * hands each one kept to a sink in input order; a sink that throws {@link InvalidValueException}
   * sets the subscription aside with the exception's reason (any other exception propagates).
   *
   * @param subscriptions the subscriptions
   * @param currency the required currency, used only when {@code checkCurrency}
   * @param checkCurrency whether to check the currency
   * @param sink what to do with each subscription kept
   * @param result the value of the bulk result, asked for once every subscription was handled
   * @param <R> the type of that value
   * @return the result, used + set aside = given
   */
  public static <R> BulkResult<Subscription, R> screenInto(Iterable<Subscription> subscriptions, Currency currency,
      boolean checkCurrency, Consumer<Subscription> sink, Supplier<R> result) {
    List<Subscription> all = new ArrayList<>();
    Objects.requireNonNull(subscriptions, "subscriptions")
        .forEach(s -> all.add(Objects.requireNonNull(s, "subscription")));
    InvalidValueException[] reasons = new InvalidValueException[all.size()];
    Map<String, Integer> firstById = new HashMap<>();
    Map<Key, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Subscription s = all.get(i);
      InvalidValueException problem = datesProblem(s);
      if (problem == null && checkCurrency) {
        problem = currencyProblem(s, currency);
      }
      Integer earlier = firstById.putIfAbsent(s.id(), i);
      if (problem != null) {
        reasons[i] = problem;
      } else if (earlier != null) {
        reasons[i] = Checks.invalid(ReasonCode.DUPLICATE, "id", "must be unique, already used at position " + earlier,
            s.id());
      } else {
        byKey.computeIfAbsent(new Key(s.customer(), s.product()), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> group : byKey.values()) {
      if (group.size() < 2) {
        continue;
      }
      group.sort(Comparator.comparing((Integer i) -> all.get(i).startedAt()).thenComparing(i -> i));
      Subscription kept = all.get(group.get(0));
      for (int j = 1; j < group.size(); j++) {
        Subscription next = all.get(group.get(j));
        if (kept.endedAt().isEmpty() || next.startedAt().isBefore(kept.endedAt().get())) {
          reasons[group.get(j)] = overlap(kept, next);
        } else {
          kept = next;
        }
      }
    }
    long usedCount = 0;
    List<SetAside<Subscription>> setAside = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (reasons[i] == null) {
        try {
          sink.accept(all.get(i));
          usedCount++;
        } catch (InvalidValueException e) {
          reasons[i] = e;
        }
      }
      if (reasons[i] != null) {
        setAside.add(SetAside.of(i, all.get(i), reasons[i]));
      }
    }
    return BulkResult.of(result.get(), usedCount, setAside);
  }

  /**
   * Checks what a single subscription can be checked for in this module: its instants lie in the
   * years {@value CalendarPeriod#MIN_YEAR} to {@value CalendarPeriod#MAX_YEAR} (UTC), the range of
   * calendar periods, and its revenue is in a currency. The message ends with the subscription's id.
   *
   * @param s the subscription
   * @param currency the expected currency, or null for no currency rule
   * @throws InvalidValueException with code {@code implausible-date} or {@code currency-mismatch}
   */
  public static void check(Subscription s, Currency currency) {
    InvalidValueException problem = datesProblem(s);
    if (problem == null && currency != null) {
      problem = currencyProblem(s, currency);
    }
    if (problem != null) {
      throw new InvalidValueException(problem.code(), problem.field(),
          problem.getMessage() + " (subscription " + s.id() + ")");
    }
  }

  private static InvalidValueException datesProblem(Subscription s) {
    // The revenue history lies between the start and the end; with no end, its last change is the latest instant.
    List<RevenueChange> changes = s.revenue();
    InvalidValueException problem = dateProblem("startedAt", s.startedAt());
    if (problem == null && s.endedAt().isPresent()) {
      problem = dateProblem("endedAt", s.endedAt().get());
    }
    if (problem == null) {
      problem = dateProblem("revenue[" + (changes.size() - 1) + "].effectiveFrom",
          changes.get(changes.size() - 1).effectiveFrom());
    }
    return problem;
  }

  private static InvalidValueException dateProblem(String field, Instant t) {
    return t.isBefore(EARLIEST) || !t.isBefore(AFTER_LATEST)
        ? Checks.invalid(ReasonCode.IMPLAUSIBLE_DATE, field,
            "valid values in the years " + CalendarPeriod.MIN_YEAR + " - " + CalendarPeriod.MAX_YEAR + " UTC", t)
        : null;
  }

  private static InvalidValueException currencyProblem(Subscription s, Currency currency) {
    // Subscription guarantees one currency across its history, so the first change speaks for all.
    Currency actual = s.revenue().get(0).recurring().currency();
    return actual.equals(currency) ? null
        : Checks.invalid(ReasonCode.CURRENCY_MISMATCH, "currency",
            "expected " + currency + ", currencies are never mixed", actual);
  }

  private static InvalidValueException overlap(Subscription kept, Subscription next) {
    return Checks.invalid(OVERLAP, "startedAt", "must not be before "
        + kept.endedAt().map(Instant::toString).orElse("the open end") + " of subscription " + kept.id()
        + " of the same customer " + kept.customer() + " and product " + kept.product()
        + ", a subscription never overlaps itself", next.startedAt());
  }

  private record Key(CustomerId customer, String product) {}
}
