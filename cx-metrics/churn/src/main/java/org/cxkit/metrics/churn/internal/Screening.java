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
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.SetAside;

/**
 * The screening behind {@code Subscriptions.screen}, shared by the bulk factories of both packages.
 */
public final class Screening {
  private Screening() {}

  /**
   * Screens subscriptions (currency when {@code checkCurrency}, repeated ids, overlaps), then hands each one kept to a sink in input order; a sink that throws
   * {@link IllegalArgumentException} sets the subscription aside with the exception's message.
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
    Objects.requireNonNull(subscriptions, "subscriptions").forEach(s -> all.add(Objects.requireNonNull(s, "subscription")));
    String[] reasons = new String[all.size()];
    Map<String, Integer> firstById = new HashMap<>();
    Map<Key, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Subscription s = all.get(i);
      String wrongCurrency = checkCurrency ? currencyProblem(s, currency) : null;
      Integer earlier = firstById.putIfAbsent(s.id(), i);
      if (wrongCurrency != null) {
        reasons[i] = wrongCurrency;
      } else if (earlier != null) {
        reasons[i] = "Invalid value for id (must be unique, already used at position " + earlier + "): " + s.id();
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
          reasons[group.get(j)] = overlapMessage(kept, next);
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
        } catch (IllegalArgumentException e) {
          reasons[i] = String.valueOf(e.getMessage());
        }
      }
      if (reasons[i] != null) {
        setAside.add(new SetAside<>(i, all.get(i), reasons[i]));
      }
    }
    return BulkResult.of(result.get(), usedCount, setAside);
  }

  /**
   * Throws if a subscription's revenue is not in a currency.
   *
   * @param s the subscription
   * @param currency the expected currency
   */
  public static void checkCurrency(Subscription s, Currency currency) {
    String problem = currencyProblem(s, currency);
    if (problem != null) {
      throw new IllegalArgumentException(problem + " (subscription " + s.id() + ")");
    }
  }

  private static String currencyProblem(Subscription s, Currency currency) {
    // Subscription guarantees one currency across its history, so the first change speaks for all.
    Currency actual = s.revenue().get(0).recurring().currency();
    return actual.equals(currency) ? null
        : "Invalid value for currency (expected " + currency + ", currencies are never mixed): " + actual;
  }

  private static String overlapMessage(Subscription kept, Subscription next) {
    return "Invalid value for startedAt (must not be before " + kept.endedAt().map(Instant::toString).orElse("the open end")
        + " of subscription " + kept.id() + " of the same customer " + kept.customer() + " and product "
        + kept.product() + ", a subscription never overlaps itself): " + next.startedAt();
  }

  private record Key(CustomerId customer, String product) {}
}
