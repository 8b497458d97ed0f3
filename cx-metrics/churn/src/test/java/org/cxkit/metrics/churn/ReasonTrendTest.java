package org.cxkit.metrics.churn;

import static org.cxkit.metrics.churn.Subs.day;
import static org.cxkit.metrics.churn.Subs.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.money.Money;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.PeriodSeries;
import org.junit.jupiter.api.Test;

/** Churn reasons over time: one reason per departure, and several from a multi-select exit survey. */
class ReasonTrendTest {
  static final Currency EUR = Currency.getInstance("EUR");
  static final PeriodSeries Q1 = PeriodSeries.of(CalendarPeriod.parse("2026-01"), 3, ZoneOffset.UTC);
  static final ChurnReason FEATURE = ChurnReason.MISSING_FEATURE;

  /**
   * Ten departures in each of January, February and March 2026: the first {@code price[m]} recorded
   * "price", the others "competitor"; every subscription started in December.
   */
  static List<Subscription> departures(int[] price) {
    List<Subscription> subs = new ArrayList<>();
    for (int month = 1; month <= 3; month++) {
      for (int i = 0; i < 10; i++) {
        Instant end = day(month, 10 + i);
        ChurnReason reason = i < price[month - 1] ? ChurnReason.PRICE : ChurnReason.COMPETITOR;
        subs.add(sub(id(month, i), "c" + month + "-" + i, "plan", day(1, 1).minusSeconds(86400 * 30), end, reason,
            "10"));
      }
    }
    return subs;
  }

  static String id(int month, int i) {
    return "m" + month + "-" + i;
  }

  /**
   * The hand example of {@code CochranArmitageTest} through subscriptions: price departures 1, 3, 6 of
   * 10 in January, February and March. z = 15 / sqrt(40) = 2.3717; one-sided p = 0.00885.
   */
  @Test
  void reasonTrendFromPeriodTallies() {
    List<PeriodChurn> series = PeriodChurn.series(departures(new int[] {1, 3, 6}), Q1, EUR).value();
    ReasonTrend trend = ReasonTrend.of(series, ChurnReason.PRICE);
    assertEquals(List.of(1L, 3L, 6L), trend.departuresFor());
    assertEquals(List.of(10L, 10L, 10L), trend.departures());
    assertEquals(15 / Math.sqrt(40), trend.z(), 1e-14);
    assertEquals(225.0 / 40, trend.chiSquare(), 1e-13);
    assertEquals(0.00885, trend.pValueRising(), 5e-6);
    assertEquals(0.0177, trend.pValue(), 5e-5);
    assertTrue(trend.isRising(0.05));
    assertFalse(ReasonTrend.of(series, ChurnReason.COMPETITOR).isRising(0.05));
    assertThrows(IllegalArgumentException.class, () -> ReasonTrend.of(series.subList(0, 1), ChurnReason.PRICE));
    assertThrows(IllegalArgumentException.class, () -> trend.isRising(Double.NaN));
    // No departure cites "poor support": nothing to test.
    assertThrows(IllegalStateException.class, () -> ReasonTrend.of(series, ChurnReason.POOR_SUPPORT));
  }

  /**
   * A multi-select exit survey: besides the recorded reason, "missing feature" was ticked by 1, 3 and
   * 6 of the ten departures of each month (the last ones, so some of them also recorded "price"), and
   * one February price departure ticked "price" again. Each reason counts once per departure citing it:
   * the feature trend is the hand example (z = 15 / sqrt(40)), the price trend is unchanged (1, 3, 6),
   * and the shares of a month add up to more than 1 (March: price 6, competitor 4, feature 6 of 10).
   */
  @Test
  void severalReasonsPerDepartureEachCountOnceInTheirOwnTrend() {
    int[] feature = {1, 3, 6};
    Map<String, Set<ChurnReason>> survey = new HashMap<>();
    for (int month = 1; month <= 3; month++) {
      for (int i = 10 - feature[month - 1]; i < 10; i++) {
        survey.put(id(month, i), Set.of(FEATURE));
      }
    }
    survey.put(id(2, 0), Set.of(ChurnReason.PRICE));
    List<Subscription> subs = departures(new int[] {1, 3, 6});
    List<PeriodChurn> series = PeriodChurn.series(subs, Q1, EUR, Subscriptions.citedReasons(survey)).value();

    ReasonTrend featureTrend = ReasonTrend.of(series, FEATURE);
    assertEquals(List.of(1L, 3L, 6L), featureTrend.departuresFor());
    assertEquals(List.of(10L, 10L, 10L), featureTrend.departures());
    assertEquals(15 / Math.sqrt(40), featureTrend.z(), 1e-14);
    assertEquals(List.of(1L, 3L, 6L), ReasonTrend.of(series, ChurnReason.PRICE).departuresFor());

    PeriodChurn march = series.get(2);
    assertEquals(Map.of(ChurnReason.PRICE, 6L, ChurnReason.COMPETITOR, 4L, FEATURE, 6L), march.departuresByReason());
    assertEquals(0, march.departuresWithoutReason());
    assertEquals(10, march.departuresWithReason());
    double shares = march.reasonShare(ChurnReason.PRICE).value() + march.reasonShare(ChurnReason.COMPETITOR).value()
        + march.reasonShare(FEATURE).value();
    assertEquals(1.6, shares, 1e-15);
    assertEquals(10, march.reasonShare(FEATURE).n());

    // The same counts from a single period's bulk factory, accumulator and collector.
    var marchInterval = CalendarPeriod.parse("2026-03").toInterval(ZoneOffset.UTC);
    assertEquals(march, PeriodChurn.of(subs, marchInterval, EUR, Subscriptions.citedReasons(survey)).value());
    assertEquals(march, subs.parallelStream()
        .collect(PeriodChurn.toPeriodChurn(marchInterval, EUR, Subscriptions.citedReasons(survey))));
    // Without the survey, each departure cites its recorded reason alone, and shares add up to 1.
    PeriodChurn recorded = PeriodChurn.series(subs, Q1, EUR).value().get(2);
    assertEquals(Map.of(ChurnReason.PRICE, 6L, ChurnReason.COMPETITOR, 4L), recorded.departuresByReason());
  }

  @Test
  void aDepartureCitingNoReasonStaysInTheDenominator() {
    // Two departures in March: one cites price and a missing feature, one cites nothing.
    Subscription both = sub("b", "b", "plan", day(1, 1), day(3, 5), ChurnReason.PRICE, "10");
    Subscription none = sub("n", "n", "plan", day(1, 1), day(3, 6), null, "10");
    PeriodChurn march = PeriodChurn.of(List.of(both, none), CalendarPeriod.parse("2026-03").toInterval(ZoneOffset.UTC),
        EUR, Subscriptions.citedReasons(Map.of("b", List.of(FEATURE)))).value();
    assertEquals(Map.of(ChurnReason.PRICE, 1L, FEATURE, 1L), march.departuresByReason());
    assertEquals(1, march.departuresWithoutReason());
    assertEquals(0.5, march.reasonShare(ChurnReason.PRICE).value(), 0);
    assertEquals(0.5, march.reasonShare(FEATURE).value(), 0);
  }

  /** The record's rule for reasons: each count at most the departures with a reason, together at least them. */
  @Test
  void reasonCountsAreCheckedAgainstTheDepartures() {
    var jan = CalendarPeriod.parse("2026-01").toInterval(ZoneOffset.UTC);
    Money ten = Money.of("10", "EUR");
    Money zero = Money.zero(EUR);
    // Three departures, one without reason: two with; price 2 and feature 1 is two departures citing three times.
    PeriodChurn ok = new PeriodChurn(jan, 3, 3, 0, 0, ten, ten, zero, zero, zero,
        Map.of(ChurnReason.PRICE, 2L, FEATURE, 1L), 1);
    assertEquals(2, ok.departuresWithReason());
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> new PeriodChurn(jan, 3, 3,
        0, 0, ten, ten, zero, zero, zero, Map.of(ChurnReason.PRICE, 3L), 1));
    assertEquals("Invalid value for departures citing price (valid values 0 - 2): 3", tooMany.getMessage());
    IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class, () -> new PeriodChurn(jan, 3, 3,
        0, 0, ten, ten, zero, zero, zero, Map.of(ChurnReason.PRICE, 1L), 1));
    assertTrue(tooFew.getMessage().startsWith("Invalid value for departuresByReason (each departure with a reason"),
        tooFew.getMessage());
  }

  @Test
  void citedReasonsJoinTheRecordedReasonAndTheSurveyOnce() {
    Subscription s = sub("s", "s", "plan", day(1, 1), day(3, 5), ChurnReason.PRICE, "10");
    Subscription other = sub("o", "o", "plan", day(1, 1), day(3, 5), null, "10");
    var reasons = Subscriptions.citedReasons(Map.of("s", List.of(ChurnReason.PRICE, FEATURE, FEATURE)));
    assertEquals(List.of(ChurnReason.PRICE, FEATURE), List.copyOf(reasons.apply(s)));
    assertEquals(Set.of(), reasons.apply(other));
  }
}
