package org.cxkit.metrics.journey.path;

import static org.cxkit.metrics.journey.Touchpoints.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Intervals;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.PathRules;
import org.cxkit.metrics.journey.Touchpoints;
import org.junit.jupiter.api.Test;

class PathCountsTest {

  private static JourneyPath converted(String path, double value) {
    Path p = Path.parse(path);
    return JourneyPath.converted(p, times(p.length()), value);
  }

  private static JourneyPath notConverted(String path) {
    Path p = Path.parse(path);
    return JourneyPath.notConverted(p, times(p.length()));
  }

  private static List<Instant> times(int n) {
    List<Instant> t = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      t.add(day(i));
    }
    return t;
  }

  /**
   * Seven journeys: a > b converted twice (values 10 and 10) and once not; b converted once (value
   * 4); a > c > b once and c twice, not converted. Three conversions worth 24.
   */
  private static PathCounts seven() {
    return List.of(converted("a > b", 10), converted("a > b", 10), notConverted("a > b"), converted("b", 4),
        notConverted("a > c > b"), notConverted("c"), notConverted("c")).stream().collect(PathCounts.toPathCounts());
  }

  @Test
  void countsJourneysConversionsAndValuePerPath() {
    PathCounts counts = seven();
    assertEquals(7, counts.count());
    assertEquals(3, counts.conversions());
    assertEquals(4, counts.nulls());
    assertEquals(24.0, counts.value());
    assertEquals(4, counts.distinctPaths());
    assertEquals(Set.of("a", "b", "c"), counts.labels());
    assertEquals(Optional.of(PathCount.of(Path.of("b"), 1, 4, 0)), counts.get(Path.of("b")));
    assertEquals(Optional.empty(), counts.get(Path.of("d")));
  }

  @Test
  void ranksPathsByJourneysThenConversionsThenPath() {
    // a > b (3 journeys), c (2), then b and a > c > b with one journey each: b first, it converted.
    assertEquals(List.of(PathCount.parse("a > b", 2, 20, 1), PathCount.parse("c", 0, 0, 2),
        PathCount.parse("b", 1, 4, 0), PathCount.parse("a > c > b", 0, 0, 1)), seven().paths());
    assertEquals(seven().paths().subList(0, 2), seven().top(2));
    assertEquals(4, seven().top(10).size());
    assertEquals(0, seven().top(0).size());
    assertThrows(InvalidValueException.class, () -> seven().top(-1));
  }

  @Test
  void conversionRatesCarryWilsonIntervals() {
    // 3 of 7, and 2 of 3 on a > b: the Wilson intervals of core, whose values are tested there.
    assertEquals(Intervals.wilson(3, 7, Confidence.DEFAULT), seven().conversionRate());
    Estimate ab = seven().get(Path.parse("a > b")).orElseThrow().conversionRate(Confidence.ofLevel(0.9));
    assertEquals(2.0 / 3, ab.value());
    assertEquals(Intervals.wilson(2, 3, Confidence.ofLevel(0.9)), ab);
  }

  @Test
  void lengthDistributionAndConversionRateByLength() {
    // length 1: b (1 journey, converted, 4) and c (2, not): 3 journeys, 1 conversion, value 4;
    // length 2: a > b: 3 journeys, 2 conversions, 20; length 3: a > c > b: 1 journey, none.
    assertEquals(Map.of(1, new ConversionTally(3, 1, 4), 2, new ConversionTally(3, 2, 20),
        3, new ConversionTally(1, 0, 0)), seven().byLength());
    assertEquals(List.of(1, 2, 3), List.copyOf(seven().byLength().keySet()));
    assertEquals(1.0 / 3, seven().byLength().get(1).conversionRate().value());
  }

  @Test
  void ngramsCountOccurrencesJourneysAndConversions() {
    // pairs: a > b occurs in the 3 a > b journeys (2 converted); a > c and c > b once each.
    assertEquals(List.of(new NgramCount(Path.parse("a > b"), 3, 3, 2), new NgramCount(Path.parse("a > c"), 1, 1, 0),
        new NgramCount(Path.parse("c > b"), 1, 1, 0)), seven().ngrams(2));
    // single steps: b in 5 journeys (3 converted), a in 4 (2), c in 3 (0).
    assertEquals(List.of(new NgramCount(Path.of("b"), 5, 5, 3), new NgramCount(Path.of("a"), 4, 4, 2),
        new NgramCount(Path.of("c"), 3, 3, 0)), seven().ngrams(1));
    assertEquals(List.of(new NgramCount(Path.parse("a > c > b"), 1, 1, 0)), seven().ngrams(3));
    assertEquals(List.of(), seven().ngrams(4));
    assertThrows(InvalidValueException.class, () -> seven().ngrams(0));
  }

  @Test
  void aRepeatedNgramCountsTwiceAmongOccurrencesAndOnceAmongJourneys() {
    PathCounts counts = PathCounts.of(List.of(PathCount.parse("a > b > a > b", 1, 2, 4)));
    assertEquals(new NgramCount(Path.parse("a > b"), 10, 5, 1), counts.ngrams(2).get(0));
    assertEquals(new NgramCount(Path.parse("b > a"), 5, 5, 1), counts.ngrams(2).get(1));
  }

  @Test
  void rowsWithTheSamePathAreAdded() {
    PathCounts counts = PathCounts.of(List.of(PathCount.parse("a > b", 1, 2.5, 3), PathCount.parse("a>b", 2, 1.5, 0),
        PathCount.parse("c", 0, 0, 1)));
    assertEquals(List.of(PathCount.parse("a > b", 3, 4, 3), PathCount.parse("c", 0, 0, 1)), counts.paths());
    assertEquals(7, counts.count());
    assertEquals(counts, List.of(converted("a > b", 2.5), notConverted("a > b"), notConverted("a > b"),
        notConverted("a > b"), converted("a > b", 0.75), converted("a > b", 0.75), notConverted("c")).stream()
        .collect(PathCounts.toPathCounts()));
  }

  @Test
  void countsJourneysUnderRulesSettingInvalidOnesAside() {
    Journey buyer = Touchpoints.of("c1").exposure("ad", 0).purchase("web", 1, "EUR 5.00").journey();
    Journey browser = Touchpoints.of("c2").exposure("ad", 0).exposure("ad", 2).journey();
    Journey other = Touchpoints.of("c3").exposure("ad", 0).purchase("web", 1, "USD 5.00").journey();
    BulkResult<Journey, PathCounts> result = PathCounts.from(List.of(buyer, browser, other),
        PathRules.DEFAULT.withValueIn(Currency.getInstance("EUR")));
    assertEquals(2, result.usedCount());
    assertEquals(Map.of(ReasonCode.CURRENCY_MISMATCH, 1L), result.reasonCounts());
    assertEquals(List.of(PathCount.parse("ad > ad", 0, 0, 1), PathCount.parse("ad > web", 1, 5, 0)),
        List.copyOf(result.value().byPath().values()));
  }

  @Test
  void timeToConversionIsReadOverTheConvertedJourneysByNearestRank() {
    List<JourneyPath> paths = List.of(
        JourneyPath.converted(Path.of("a", "b"), List.of(day(0), day(3)), 1),
        JourneyPath.converted(Path.of("a"), List.of(day(2)), 1),
        JourneyPath.of(Path.of("a", "b"), List.of(day(1), day(3)), day(0), true, 0), // started day 0: 3 days
        JourneyPath.converted(Path.of("c", "b"), List.of(day(0), day(5)), 1),
        JourneyPath.of(Path.of("b"), List.of(day(1)), day(0), true, 0), // 1 day
        notConverted("c"));
    TimeToConversion t = TimeToConversion.of(paths);
    assertEquals(6, t.count());
    assertEquals(5, t.converted());
    // times 0, 1, 3, 3, 5 days: median by nearest rank is the 3rd (ceil(2.5)); p90 the 5th; p20 the 1st.
    assertEquals(List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(5)),
        t.times());
    assertEquals(Duration.ofDays(3), t.median());
    assertEquals(Duration.ofDays(5), t.quantile(0.9));
    assertEquals(Duration.ZERO, t.quantile(0.2));
    assertEquals(Duration.ofDays(5), t.quantile(1));
    assertEquals(Duration.ofHours(57).plusMinutes(36), t.mean()); // 12 days / 5 = 2.4 days = 57 h 36 min
    assertEquals(Intervals.wilson(5, 6, Confidence.DEFAULT), t.conversionRate());
    assertThrows(InvalidValueException.class, () -> t.quantile(0));
    assertThrows(InvalidValueException.class, () -> t.quantile(Double.NaN));
  }

  @Test
  void topPathsSelectedWithoutSortingAgreeWithTheFullRankingAndEveryRowIsFound() {
    qt().withExamples(300).forAll(lists().of(Gens.journeyPaths(3, 4)).ofSizeBetween(0, 80), integers().between(0, 30))
        .check((paths, k) -> {
          PathCounts ranked = paths.stream().collect(PathCounts.toPathCounts());
          PathCounts fresh = paths.stream().collect(PathCounts.toPathCounts());
          List<PathCount> all = ranked.paths();
          return fresh.top(k).equals(all.subList(0, Math.min(k, all.size())))
              && fresh.rows().stream().allMatch(r -> fresh.get(r.path()).equals(Optional.of(r)))
              && fresh.get(Path.of("z")).isEmpty()
              && List.copyOf(fresh.byPath().values()).equals(fresh.rows().stream().sorted(
                  Comparator.comparing(PathCount::path)).toList());
        });
  }

  @Test
  void noConvertedJourneyHasNoTimes() {
    TimeToConversion none = TimeToConversion.of(List.of(notConverted("a")));
    assertEquals(1, none.count());
    assertEquals(0, none.converted());
    assertThrows(IllegalStateException.class, none::median);
    assertThrows(IllegalStateException.class, none::mean);
    assertEquals(0, none.conversionRate().value());
    assertThrows(IllegalStateException.class, () -> TimeToConversion.of(List.of()).conversionRate());
  }
}
