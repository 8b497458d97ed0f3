package org.cxkit.metrics.churn;

import static org.cxkit.metrics.churn.Subs.day;
import static org.cxkit.metrics.churn.Subs.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.money.Money;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.Interval;
import org.cxkit.core.time.PeriodSeries;
import org.junit.jupiter.api.Test;

class PeriodChurnTest {
  static final Currency EUR = Currency.getInstance("EUR");
  static final Interval JANUARY = month("2026-01", ZoneOffset.UTC);
  static final Instant LAST_OF_DECEMBER = day(1, 1).minusNanos(1);
  static final Instant LAST_OF_JANUARY = day(2, 1).minusNanos(1);

  static Interval month(String label, ZoneId zone) {
    return CalendarPeriod.parse(label).toInterval(zone);
  }

  static Instant d2025(int month, int dayOfMonth) {
    return java.time.LocalDate.of(2025, month, dayOfMonth).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * The worked example, January 2026 in UTC, every boundary case once:
   * A at start, unchanged 100; B at start, lost Jan 15 (price) 50; C at start, lost at the first
   * instant of January (competitor) 30; D lost at the last instant of December (not in January at
   * all) 40; E at start, 80 then 120 on Jan 10; F at start, 60 then 45 from the first instant of
   * January (a change during January); G joined Jan 5, 20; H joined Jan 10, left Jan 20 (price);
   * I joined at the last instant of January, 25; J started at the first instant of February (not in
   * January); K at start, left at the first instant of February (lost in February, not January), 70;
   * L at start, left at the last instant of January (no reason), 10.
   */
  static List<Subscription> example() {
    return List.of(
        sub("A", "A", "plan", d2025(6, 1), null, null, "100"),
        sub("B", "B", "plan", d2025(7, 1), day(1, 15), ChurnReason.PRICE, "50"),
        sub("C", "C", "plan", d2025(8, 1), day(1, 1), ChurnReason.COMPETITOR, "30"),
        sub("D", "D", "plan", d2025(9, 1), LAST_OF_DECEMBER, null, "40"),
        sub("E", "E", "plan", d2025(10, 1), null, null, d2025(10, 1), "80", day(1, 10), "120"),
        sub("F", "F", "plan", d2025(11, 1), null, null, d2025(11, 1), "60", day(1, 1), "45"),
        sub("G", "G", "plan", day(1, 5), null, null, "20"),
        sub("H", "H", "plan", day(1, 10), day(1, 20), ChurnReason.PRICE, "5"),
        sub("I", "I", "plan", LAST_OF_JANUARY, null, null, "25"),
        sub("J", "J", "plan", day(2, 1), null, null, "35"),
        sub("K", "K", "plan", d2025(12, 1), day(2, 1), null, "70"),
        sub("L", "L", "plan", d2025(12, 1), LAST_OF_JANUARY, null, "10"));
  }

  @Test
  void workedExampleCounts() {
    PeriodChurn jan = PeriodChurn.accumulator(JANUARY, EUR).addAll(example()).snapshot();
    // At start: A B C E F K L = 7. Lost: B C L = 3. Joined: G H I = 3. Joined and lost: H = 1.
    assertEquals(7, jan.atStart());
    assertEquals(3, jan.lost());
    assertEquals(3, jan.joined());
    assertEquals(1, jan.joinedAndLost());
    // At end: 7 - 3 + 3 - 1 = 6 (A E F K G I).
    assertEquals(6, jan.atEnd());
    assertEquals(4, jan.departures());
  }

  @Test
  void workedExampleRates() {
    PeriodChurn jan = PeriodChurn.accumulator(JANUARY, EUR).addAll(example()).snapshot();
    Estimate rate = jan.churnRate();
    // 3 / 7; Wilson 95 %: centre (3/7 + z^2/14) / (1 + z^2/7), z = 1.959964 -> 0.158220 to 0.749542.
    assertEquals(3.0 / 7, rate.value(), 1e-15);
    assertEquals(7, rate.n());
    assertEquals(0.1582198552514698, rate.lower(), 1e-12);
    assertEquals(0.7495416354723428, rate.upper(), 1e-12);
    assertEquals(IntervalMethod.WILSON, rate.method());
    assertEquals(Confidence.DEFAULT, rate.confidence());
    // Seven at the start is below the default minimum of 30 (the CLI's old hand-written rule).
    assertTrue(rate.isBelowMinimum());
    assertTrue(!jan.churnRate(Confidence.DEFAULT.withMinimumN(5)).isBelowMinimum());
    assertEquals(4.0 / 7, jan.retentionRate().value(), 1e-15);
    assertEquals(jan.retentionRate().lower(), 1 - rate.upper(), 1e-15);
    // Every departure over start plus joiners: (3 + 1) / (7 + 3) = 0.4.
    assertEquals(0.4, jan.churnRateOverStartPlusJoined().value(), 1e-15);
    assertEquals(10, jan.churnRateOverStartPlusJoined(Confidence.ofLevel(0.9)).n());
    // Every departure over the mean count: 4 / ((7 + 6) / 2) = 8 / 13.
    assertEquals(8.0 / 13, jan.churnRateOverAverage(), 1e-15);
  }

  @Test
  void workedExampleRevenue() {
    PeriodChurn jan = PeriodChurn.accumulator(JANUARY, EUR).addAll(example()).snapshot();
    // Starting: A100 + B50 + C30 + E80 + F60 + K70 + L10 = 400.
    assertEquals(Money.of("400", "EUR"), jan.startingRevenue());
    // Churned: B50 + C30 + L10 = 90. Contraction: F 60 -> 45 = 15. Expansion: E 80 -> 120 = 40.
    assertEquals(Money.of("90", "EUR"), jan.churnedRevenue());
    assertEquals(Money.of("15", "EUR"), jan.contraction());
    assertEquals(Money.of("40", "EUR"), jan.expansion());
    // New: G20 + I25 = 45 (H left within January).
    assertEquals(Money.of("45", "EUR"), jan.newRevenue());
    // Ending: 400 - 90 - 15 + 40 + 45 = 380 = A100 + E120 + F45 + K70 + G20 + I25.
    assertEquals(Money.of("380", "EUR"), jan.endingRevenue());
    // GRR = (400 - 90 - 15) / 400 = 0.7375; NRR = (400 - 90 - 15 + 40) / 400 = 0.8375.
    assertEquals(0.7375, jan.grossRevenueRetention(), 1e-15);
    assertEquals(0.8375, jan.netRevenueRetention(), 1e-15);
    assertEquals(0.2625, jan.grossRevenueChurnRate(), 1e-15);
  }

  @Test
  void workedExampleReasons() {
    PeriodChurn jan = PeriodChurn.accumulator(JANUARY, EUR).addAll(example()).snapshot();
    // Departures B (price), C (competitor), H (price), L (none).
    assertEquals(Map.of(ChurnReason.PRICE, 2L, ChurnReason.COMPETITOR, 1L), jan.departuresByReason());
    assertEquals(1, jan.departuresWithoutReason());
    assertEquals(3, jan.departuresWithReason());
    assertEquals(0.5, jan.reasonShare(ChurnReason.PRICE).value(), 0);
    assertEquals(0, jan.reasonShare(ChurnReason.POOR_SUPPORT, Confidence.DEFAULT).value(), 0);
    assertEquals(4, jan.reasonShare(ChurnReason.PRICE).n());
  }

  /** The last instant of a period and the first of the next fall in different periods. */
  @Test
  void lastInstantAndFirstInstantOfTheNextAreInDifferentPeriods() {
    Interval december = month("2025-12", ZoneOffset.UTC);
    Interval february = month("2026-02", ZoneOffset.UTC);
    PeriodChurn dec = PeriodChurn.accumulator(december, EUR).addAll(example()).snapshot();
    PeriodChurn feb = PeriodChurn.accumulator(february, EUR).addAll(example()).snapshot();
    // D (left at the last instant of December) is December's only departure.
    assertEquals(1, dec.lost());
    // K and L joined on December 1.
    assertEquals(2, dec.joined());
    // K (left at the first instant of February) is lost in February, with L gone before it.
    assertEquals(1, feb.lost());
    assertEquals(Money.of("70", "EUR"), feb.churnedRevenue());
    // J, started at the first instant of February, joins February.
    assertEquals(1, feb.joined());
  }

  /** A month read in Paris starts an hour before the UTC month: the same end falls in different months. */
  @Test
  void theTimeZoneDecidesTheMonth() {
    Instant parisNewYear = Instant.parse("2025-12-31T23:00:00Z");
    Subscription s = sub("P", d2025(3, 1), parisNewYear);
    Interval parisJanuary = month("2026-01", ZoneId.of("Europe/Paris"));
    assertEquals(parisNewYear, parisJanuary.start());
    assertEquals(1, PeriodChurn.accumulator(parisJanuary, EUR).addAll(List.of(s)).snapshot().lost());
    assertEquals(0, PeriodChurn.accumulator(JANUARY, EUR).addAll(List.of(s)).snapshot().atStart());
  }

  @Test
  void aSeriesChainsEachPeriodsEndIntoTheNextStart() {
    PeriodSeries grid = PeriodSeries.of(CalendarPeriod.parse("2025-06"), 10, ZoneOffset.UTC);
    List<PeriodChurn> series = PeriodChurn.series(example(), grid, EUR).value();
    for (int i = 0; i + 1 < series.size(); i++) {
      assertEquals(series.get(i).atEnd(), series.get(i + 1).atStart());
      assertEquals(series.get(i).endingRevenue(), series.get(i + 1).startingRevenue());
    }
    // January is index 7 of a series from June 2025.
    assertEquals(7, grid.indexOf(CalendarPeriod.parse("2026-01")));
    assertEquals(PeriodChurn.accumulator(JANUARY, EUR).addAll(example()).snapshot(), series.get(7));
  }

  @Test
  void anotherCurrencyIsRejectedSinglyAndSetAsideInBulk() {
    Subscription usd = Subscription.builder().id("U").customer(org.cxkit.core.customer.CustomerId.of("u"))
        .product("plan").startedAt(d2025(1, 1))
        .addRevenue(org.cxkit.core.commerce.RevenueChange.of(d2025(1, 1), Money.of("9", "USD"))).build();
    PeriodChurnAccumulator acc = PeriodChurn.accumulator(JANUARY, EUR);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> acc.add(usd));
    assertEquals("Invalid value for currency (expected EUR, currencies are never mixed): USD (subscription U)",
        e.getMessage());
    assertEquals(0, acc.count());
    List<Subscription> all = new java.util.ArrayList<>(example());
    all.add(usd);
    BulkResult<Subscription, PeriodChurn> bulk = PeriodChurn.of(all, JANUARY, EUR);
    assertEquals(13, bulk.givenCount());
    assertEquals(12, bulk.usedCount());
    assertEquals(12, bulk.setAside().get(0).position());
    assertEquals(ReasonCode.CURRENCY_MISMATCH, bulk.setAside().get(0).code());
    assertEquals(7, bulk.value().atStart());
  }

  @Test
  void emptyTallyHasCountsButNoRates() {
    PeriodChurn empty = PeriodChurn.accumulator(JANUARY, EUR).snapshot();
    assertEquals(0, empty.atStart());
    assertEquals(Money.zero(EUR), empty.startingRevenue());
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::churnRate);
    assertTrue(e.getMessage().contains("No subscription was active at the start"));
    assertThrows(IllegalStateException.class, empty::grossRevenueRetention);
    assertThrows(IllegalStateException.class, empty::churnRateOverAverage);
    assertThrows(IllegalStateException.class, () -> empty.reasonShare(ChurnReason.PRICE));
  }

  @Test
  void mergeRefusesAnotherPeriodOrCurrency() {
    PeriodChurnAccumulator acc = PeriodChurn.accumulator(JANUARY, EUR);
    Interval feb = month("2026-02", ZoneOffset.UTC);
    assertThrows(IllegalArgumentException.class, () -> acc.merge(PeriodChurn.accumulator(feb, EUR)));
    assertThrows(IllegalArgumentException.class,
        () -> acc.merge(PeriodChurn.accumulator(JANUARY, Currency.getInstance("USD"))));
  }

  @Test
  void inconsistentPartsAreRejected() {
    Money zero = Money.zero(EUR);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PeriodChurn(JANUARY, 2, 3, 0, 0, zero, zero, zero, zero, zero, Map.of(), 3));
    assertEquals("Invalid value for lost (valid values 0 - 2): 3", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new PeriodChurn(JANUARY, 2, 1, 0, 0, zero, zero, zero, zero, zero, Map.of(), 0));
  }

  @Test
  void collectorOnAParallelStreamEqualsTheLoop() {
    List<Subscription> population = Subs.random(7, 2000);
    Interval period = month("2026-03", ZoneOffset.UTC);
    PeriodChurn loop = PeriodChurn.accumulator(period, EUR).addAll(population).snapshot();
    assertEquals(loop, population.parallelStream().collect(PeriodChurn.toPeriodChurn(period, EUR)));
    assertTrue(loop.atStart() > 100);
  }

  @Test
  void periodsAreHalfOpen() {
    assertTrue(JANUARY.contains(day(1, 1)));
    assertTrue(JANUARY.contains(LAST_OF_JANUARY));
    assertTrue(!JANUARY.contains(day(2, 1)));
    assertThrows(IllegalArgumentException.class, () -> Interval.between(day(1, 2), day(1, 2)));
    // Any interval is a period, not only a calendar one: the first half of January.
    PeriodChurn firstHalf = PeriodChurn.accumulator(Interval.between(day(1, 1), day(1, 16)), EUR)
        .addAll(example()).snapshot();
    // Lost by Jan 16: B (Jan 15) and C (Jan 1); L leaves later.
    assertEquals(2, firstHalf.lost());
  }

  /**
   * A series stretched to the year 9999 by an open-ended "9999-12-31" end (a common database
   * sentinel) holds about 96,000 months; tallying 2,000 subscriptions over it does not visit every
   * month of every subscription (that would be some 190 million visits), and is exact at both ends.
   */
  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aSeriesToTheYear9999IsTalliedWithoutVisitingEveryPeriod() {
    List<Subscription> population = new java.util.ArrayList<>(Subs.random(3, 2000));
    Instant sentinel = Instant.parse("9999-12-31T00:00:00Z");
    population.add(sub("forever", "forever", "plan", day(1, 1), sentinel, ChurnReason.PRICE, "10"));
    PeriodSeries months = PeriodSeries.covering(Instant.parse("2025-01-01T00:00:00Z"), sentinel,
        org.cxkit.core.time.CalendarUnit.MONTH, ZoneOffset.UTC);
    List<PeriodChurn> series = PeriodChurn.series(population, months, EUR).value();
    assertEquals(months.size(), series.size());
    int march = months.indexOf(CalendarPeriod.parse("2026-03"));
    assertEquals(PeriodChurn.accumulator(months.interval(march), EUR).addAll(population).snapshot(), series.get(march));
    PeriodChurn last = series.get(series.size() - 1);
    // At the start of December 9999: the open subscriptions and "forever", which is lost in it.
    assertEquals(population.stream().filter(s -> s.endedAt().isEmpty()).count() + 1, last.atStart());
    assertEquals(1, last.lost());
    assertEquals(Map.of(ChurnReason.PRICE, 1L), last.departuresByReason());
  }

  @Test
  void countsEverySubscriptionAddedEvenThoseOutsideThePeriod() {
    PeriodChurnAccumulator acc = PeriodChurn.accumulator(JANUARY, EUR).addAll(example());
    assertEquals(12, acc.count());
    PeriodChurn jan = acc.snapshot();
    // A finished tally brings the subscriptions it counted: at start plus joined.
    assertEquals(10, PeriodChurn.accumulator(JANUARY, EUR).addAll(jan).count());
    assertEquals(jan, PeriodChurn.accumulator(JANUARY, EUR).addAll(jan).snapshot());
  }
}
