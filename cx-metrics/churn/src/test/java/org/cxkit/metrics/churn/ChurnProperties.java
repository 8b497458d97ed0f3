package org.cxkit.metrics.churn;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.time.CalendarPeriod;
import org.cxkit.core.time.Interval;
import org.cxkit.core.time.PeriodSeries;
import org.junit.jupiter.api.Test;

/** Invariants of the period tallies and cohort tables over random populations (Subs.random). */
class ChurnProperties {
  static final Currency EUR = Currency.getInstance("EUR");
  static final PeriodSeries GRID = PeriodSeries.of(CalendarPeriod.parse("2025-01"), 36, ZoneId.of("America/New_York"));

  static Interval period(int index) {
    return GRID.interval(index);
  }

  /** Tallying two parts and merging equals tallying the whole, exactly, for any split and any order. */
  @Test
  void mergingPeriodTalliesEqualsTheWhole() {
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 300), integers().between(0, 35))
        .check((seed, size, month) -> {
          List<Subscription> population = Subs.random(seed, size);
          Interval p = period(month);
          PeriodChurn whole = PeriodChurn.accumulator(p, EUR).addAll(population).snapshot();
          int cut = size == 0 ? 0 : new Random(seed).nextInt(size + 1);
          PeriodChurnAccumulator left = PeriodChurn.accumulator(p, EUR).addAll(population.subList(0, cut));
          PeriodChurnAccumulator right = PeriodChurn.accumulator(p, EUR).addAll(population.subList(cut, size));
          List<Subscription> shuffled = new ArrayList<>(population);
          Collections.shuffle(shuffled, new Random(seed + 1));
          return whole.equals(left.merge(right).snapshot())
              && whole.equals(PeriodChurn.accumulator(p, EUR).addAll(shuffled).snapshot())
              && whole.equals(population.parallelStream().collect(PeriodChurn.toPeriodChurn(p, EUR)));
        });
  }

  /**
   * GRR ≤ 1 ≤ NRR + (contraction + churned) / starting, tested exactly: with S the starting revenue, C
   * churned, K contraction and E expansion (all ≥ 0), GRR = (S - C - K)/S lies in [0, 1] because
   * C + K ≤ S (a subscription loses at most its own starting revenue), and NRR + (C + K)/S = 1 + E/S ≥ 1.
   * In doubles both checks hold to one rounding of each ratio.
   */
  @Test
  void grossRetentionAtMostOneAndNetPlusLossesAtLeastOne() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 300), integers().between(1, 35))
        .check((seed, size, month) -> {
          PeriodChurn p = PeriodChurn.accumulator(period(month), EUR).addAll(Subs.random(seed, size)).snapshot();
          BigDecimal s = p.startingRevenue().amount();
          if (s.signum() == 0) {
            return true;
          }
          BigDecimal kept = s.subtract(p.churnedRevenue().amount()).subtract(p.contraction().amount());
          double grr = p.grossRevenueRetention();
          double nrr = p.netRevenueRetention();
          double losses = p.grossRevenueChurnRate();
          return kept.signum() >= 0 && kept.compareTo(s) <= 0
              && grr >= 0 && grr <= 1 && nrr >= 0
              && nrr + losses >= 1 - 1e-15
              && Math.abs(grr + losses - 1) <= 1e-15;
        });
  }

  /** Each period ends where the next begins: counts and revenue chain through a series. */
  @Test
  void seriesConservation() {
    qt().withExamples(30).forAll(longs().all(), integers().between(0, 300)).check((seed, size) -> {
      List<PeriodChurn> series = PeriodChurn.series(Subs.random(seed, size), GRID, EUR).value();
      for (int i = 0; i + 1 < series.size(); i++) {
        if (series.get(i).atEnd() != series.get(i + 1).atStart()
            || !series.get(i).endingRevenue().equals(series.get(i + 1).startingRevenue())) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * A series tallied at once equals one accumulator per period, exactly, for monthly periods in New
   * York and weekly ones in Paris (both across daylight-saving changes, with subscriptions starting
   * before and ending after the series), with recorded reasons and with several reasons per departure.
   */
  @Test
  void aSeriesEqualsOneAccumulatorPerPeriod() {
    PeriodSeries weeks = PeriodSeries.of(CalendarPeriod.parse("2025-W10"), 80, ZoneId.of("Europe/Paris"));
    qt().withExamples(40).forAll(longs().all(), integers().between(0, 300)).check((seed, size) -> {
      List<Subscription> population = Subs.random(seed, size);
      for (PeriodSeries series : List.of(GRID, weeks)) {
        List<PeriodChurn> recorded = PeriodChurn.series(population, series, EUR).value();
        List<PeriodChurn> several = PeriodChurn.series(population, series, EUR, PeriodChurnContractTest.SEVERAL).value();
        for (int i = 0; i < series.size(); i++) {
          Interval p = series.interval(i);
          if (!recorded.get(i).equals(PeriodChurn.accumulator(p, EUR).addAll(population).snapshot())
              || !several.get(i).equals(PeriodChurn.accumulator(p, EUR, PeriodChurnContractTest.SEVERAL)
                  .addAll(population).snapshot())) {
            return false;
          }
        }
      }
      return true;
    });
  }

  /** Rates are proportions with intervals that hold them; no NaN anywhere. */
  @Test
  void ratesAreBoundedEstimates() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 300), integers().between(1, 35))
        .check((seed, size, month) -> {
          PeriodChurn p = PeriodChurn.accumulator(period(month), EUR).addAll(Subs.random(seed, size)).snapshot();
          if (p.atStart() == 0) {
            return true;
          }
          Estimate churn = p.churnRate();
          Estimate retention = p.retentionRate(Confidence.ofLevel(0.9));
          Estimate broad = p.churnRateOverStartPlusJoined(Confidence.ofLevel(0.99));
          return churn.lower() >= 0 && churn.upper() <= 1 && churn.contains(churn.value())
              && Math.abs(churn.value() + retention.value() - 1) < 1e-15
              && broad.value() >= 0 && broad.value() <= 1
              && Double.isFinite(p.churnRateOverAverage());
        });
  }

  /** Cohort retention never rises with age, stays in [0, 1], and merging halves equals the whole. */
  @Test
  void cohortTableInvariants() {
    Instant asOf = Instant.parse("2027-04-20T00:00:00Z");
    Instant lastComplete = GRID.start(GRID.indexOf(asOf));
    qt().withExamples(40).forAll(longs().all(), integers().between(0, 300)).check((seed, size) -> {
      List<Subscription> population = Subs.random(seed, size).stream()
          .filter(s -> s.startedAt().isBefore(lastComplete) && !s.startedAt().isBefore(GRID.start(0))).toList();
      CohortTable whole = CohortTable.accumulator(GRID, asOf, EUR).addAll(population).snapshot();
      int cut = population.size() / 3;
      CohortTable merged = CohortTable.accumulator(GRID, asOf, EUR).addAll(population.subList(0, cut))
          .merge(CohortTable.accumulator(GRID, asOf, EUR).addAll(population.subList(cut, population.size())))
          .snapshot();
      if (!whole.equals(merged)) {
        return false;
      }
      for (Cohort c : whole.cohorts()) {
        for (int k = 1; k <= c.maxAge(); k++) {
          if (c.retained().get(k) > c.retained().get(k - 1)) {
            return false;
          }
        }
      }
      for (int age = 0; age <= whole.maxAge(); age++) {
        Optional<Estimate> pooled = whole.pooledRetention(age);
        if (pooled.isPresent() && (pooled.get().value() < 0 || pooled.get().value() > 1)) {
          return false;
        }
      }
      return true;
    });
  }

  /** Locating any instant agrees with the period bounds, in a zone with daylight saving. */
  @Test
  void gridIndexAgreesWithPeriodBounds() {
    qt().forAll(longs().between(-86_400L * 400, 86_400L * 365 * 4)).check(seconds -> {
      Instant t = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(seconds).plusNanos(seconds % 7);
      int i = GRID.indexOf(t);
      if (i < 0) {
        return t.isBefore(GRID.start(0));
      }
      if (i == GRID.size()) {
        return !t.isBefore(GRID.start(GRID.size()));
      }
      return GRID.interval(i).contains(t) && GRID.period(i).contains(LocalDate.ofInstant(t, GRID.zone()));
    });
    // And New York months start at local midnight (UTC-5 in January).
    org.junit.jupiter.api.Assertions.assertEquals(
        LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.ofHours(-5)).toInstant(), GRID.start(0));
  }
}
