package org.cxkit.metrics.journey.attribution;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;
import org.cxkit.metrics.journey.path.Gens;
import org.cxkit.metrics.journey.path.PathCounts;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties every attribution keeps, on random journeys over four channels: credits sum to the
 * totals; a channel never on a converting path gets nothing from the rules (and from the chain when
 * its states lead only to null); relabelling channels relabels the credits; merged parts and any
 * order give the same attribution; nothing is NaN or infinite; and the exact removal effects agree
 * with the reduced chain solved independently, by iteration.
 */
class AttributionPropertiesTest {
  private static final TimeDecay HOUR = TimeDecay.ofHalfLife(Duration.ofHours(1));

  private static Gen<List<JourneyPath>> journeys() {
    return lists().of(Gens.journeyPaths(4, 5)).ofSizeBetween(1, 60);
  }

  private static List<Attribution> models(List<JourneyPath> paths) {
    PathCounts counts = paths.stream().collect(PathCounts.toPathCounts());
    List<Attribution> out = new ArrayList<>();
    for (PathRule rule : List.of(PathRule.FIRST_TOUCH, PathRule.LAST_TOUCH, PathRule.LINEAR, PathRule.POSITION_BASED,
        PathRule.positionBased(0.3, 0.5))) {
      out.add(rule.attribute(counts));
    }
    out.add(HOUR.attribute(paths));
    for (int order = 1; order <= 3; order++) {
      out.add(MarkovAttribution.of(counts, order).attribution());
    }
    return out;
  }

  private static boolean close(double expected, double actual) {
    return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  }

  @Test
  void everyModelSumsToTheTotalConversionsAndValue() {
    qt().withExamples(300).forAll(journeys()).check(paths -> models(paths).stream().allMatch(a -> {
      double conversions = a.credits().stream().mapToDouble(Credit::conversions).sum();
      double value = a.credits().stream().mapToDouble(Credit::value).sum();
      return close(a.conversions(), conversions) && close(a.value(), value);
    }));
  }

  @Test
  void rulesGiveTheSameCreditsJourneyByJourneyAsOnPathCounts() {
    qt().withExamples(300).forAll(journeys()).check(paths -> {
      PathCounts counts = paths.stream().collect(PathCounts.toPathCounts());
      for (PathRule rule : List.of(PathRule.FIRST_TOUCH, PathRule.LAST_TOUCH, PathRule.LINEAR, PathRule.POSITION_BASED)) {
        Attribution direct = rule.attribute(paths);
        Attribution aggregated = rule.attribute(counts);
        if (direct.count() != aggregated.count() || direct.conversions() != aggregated.conversions()
            || !direct.channels().equals(aggregated.channels())) {
          return false;
        }
        for (Credit c : aggregated.credits()) {
          Credit d = direct.credit(c.channel()).orElseThrow();
          if (!close(c.conversions(), d.conversions()) || !close(c.value(), d.value())) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void aChannelNeverOnAConvertingPathGetsNothingFromTheRules() {
    qt().withExamples(300).forAll(journeys(), integers().all()).check((paths, seed) -> {
      Random random = new Random(seed);
      List<JourneyPath> withZ = new ArrayList<>();
      for (JourneyPath p : paths) {
        if (p.converted()) {
          withZ.add(p);
        } else { // z somewhere in a path that did not convert
          List<String> steps = new ArrayList<>(p.path().steps());
          steps.add(random.nextInt(steps.size() + 1), "z");
          withZ.add(JourneyPath.notConverted(Path.of(steps), hours(steps.size())));
        }
      }
      return models(withZ).subList(0, 6).stream()
          .allMatch(a -> a.credit("z").map(c -> c.conversions() == 0 && c.value() == 0).orElse(true));
    });
  }

  @Test
  void aChannelThatOnlyEndsJourneysWithoutConversionGetsNothingFromTheChain() {
    qt().withExamples(300).forAll(journeys()).check(paths -> {
      List<JourneyPath> withZ = new ArrayList<>();
      for (JourneyPath p : paths) {
        if (p.converted()) {
          withZ.add(p);
        } else {
          List<String> steps = new ArrayList<>(p.path().steps());
          steps.add("z");
          withZ.add(JourneyPath.notConverted(Path.of(steps), hours(steps.size())));
        }
      }
      return models(withZ).subList(6, 9).stream()
          .allMatch(a -> a.credit("z").map(c -> c.conversions() <= 1e-12 * Math.max(1, a.conversions())
              && c.value() <= 1e-12 * Math.max(1, a.value())).orElse(true));
    });
  }

  private static List<Instant> hours(int n) {
    List<Instant> t = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      t.add(Instant.EPOCH.plus(Duration.ofHours(i)));
    }
    return t;
  }

  @Test
  void relabellingChannelsRelabelsTheCredits() {
    Map<String, String> relabel = Map.of("a", "paid search", "b", "a", "c", "email", "d", "b");
    UnaryOperator<JourneyPath> rename = p -> JourneyPath.of(
        Path.of(p.path().steps().stream().map(relabel::get).toList()), p.times(), p.start(), p.converted(), p.value());
    qt().withExamples(300).forAll(journeys()).check(paths -> {
      List<Attribution> before = models(paths);
      List<Attribution> after = models(paths.stream().map(rename).toList());
      for (int m = 0; m < before.size(); m++) {
        for (Credit c : before.get(m).credits()) {
          Credit d = after.get(m).credit(relabel.get(c.channel())).orElseThrow();
          if (!close(c.conversions(), d.conversions()) || !close(c.value(), d.value())) {
            return false;
          }
        }
        if (before.get(m).credits().size() != after.get(m).credits().size()) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void mergedPartsGiveExactlyTheAttributionOfTheWhole() {
    qt().withExamples(300).forAll(journeys(), integers().between(0, 60)).check((paths, cut) -> {
      int k = Math.min(cut, paths.size());
      for (int order = 1; order <= 3; order++) {
        TransitionCountsAccumulator left = TransitionCounts.accumulator(order);
        TransitionCountsAccumulator right = TransitionCounts.accumulator(order);
        paths.subList(0, k).forEach(left::add);
        paths.subList(k, paths.size()).forEach(right::add);
        MarkovAttribution merged = MarkovAttribution.of(left.merge(right).snapshot());
        MarkovAttribution whole = MarkovAttribution.of(paths.stream().collect(TransitionCounts.toTransitionCounts(order)));
        if (!merged.attribution().equals(whole.attribution()) || !merged.removalEffects().equals(whole.removalEffects())) {
          return false;
        }
      }
      PathCounts leftCounts = paths.subList(0, k).stream().collect(PathCounts.toPathCounts());
      PathCounts rightCounts = paths.subList(k, paths.size()).stream().collect(PathCounts.toPathCounts());
      var accumulator = PathCounts.accumulator();
      paths.subList(0, k).forEach(accumulator::add);
      var other = PathCounts.accumulator();
      paths.subList(k, paths.size()).forEach(other::add);
      PathCounts whole = paths.stream().collect(PathCounts.toPathCounts());
      return accumulator.merge(other).snapshot().equals(whole)
          && PathRule.LINEAR.attribute(accumulator.snapshot()).equals(PathRule.LINEAR.attribute(whole))
          && leftCounts.count() + rightCounts.count() == whole.count();
    });
  }

  @Test
  void theOrderOfTheJourneysDoesNotMatter() {
    qt().withExamples(300).forAll(journeys(), integers().all()).check((paths, seed) -> {
      List<JourneyPath> shuffled = new ArrayList<>(paths);
      Collections.shuffle(shuffled, new Random(seed));
      List<Attribution> before = models(paths);
      List<Attribution> after = models(shuffled);
      for (int m = 0; m < before.size(); m++) {
        if (m == 5) { // time decay sums floating-point weights in input order: equal up to rounding
          for (Credit c : before.get(m).credits()) {
            Credit d = after.get(m).credit(c.channel()).orElseThrow();
            if (!close(c.conversions(), d.conversions()) || !close(c.value(), d.value())) {
              return false;
            }
          }
        } else if (!before.get(m).equals(after.get(m))) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void nothingIsNaNOrInfiniteAndSharesAreFractions() {
    qt().withExamples(300).forAll(journeys()).check(paths -> {
      for (Attribution a : models(paths)) {
        for (Credit c : a.credits()) {
          if (!Double.isFinite(c.conversions()) || !Double.isFinite(c.value())
              || (a.conversions() > 0 && !(a.share(c.channel()) >= 0 && a.share(c.channel()) <= 1))) {
            return false;
          }
        }
      }
      PathCounts counts = paths.stream().collect(PathCounts.toPathCounts());
      for (int order = 1; order <= 3; order++) {
        MarkovAttribution m = MarkovAttribution.of(counts, order);
        if (!(m.conversionProbability() >= 0 && m.conversionProbability() <= 1) || !Double.isFinite(m.expectedValue())) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void theChainReproducesTheObservedConversionRateAtEveryOrder() {
    qt().withExamples(300).forAll(journeys()).check(paths -> {
      PathCounts counts = paths.stream().collect(PathCounts.toPathCounts());
      for (int order = 1; order <= TransitionCounts.MAX_ORDER; order++) {
        MarkovAttribution m = MarkovAttribution.of(counts, order);
        if (!close((double) counts.conversions() / counts.count(), m.conversionProbability())
            || !close(counts.value() / counts.count(), m.expectedValue())) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * The removal effects by first-visit algebra agree with the literal definition: each channel's
   * states sent to null, the reduced chain solved by fixed-point iteration {@code x ← r + Qx} from 0
   * (an independent method: no matrix is inverted), {@code 1 − P_removed / P}.
   */
  @Test
  void removalEffectsAgreeWithTheReducedChainSolvedByIteration() {
    qt().withExamples(150).forAll(journeys()).check(paths -> {
      for (int order = 1; order <= 2; order++) {
        TransitionCounts counts = paths.stream().collect(TransitionCounts.toTransitionCounts(order));
        if (counts.conversions() == 0) {
          continue;
        }
        MarkovAttribution m = MarkovAttribution.of(counts);
        double[] all = Iterated.absorb(counts, null);
        for (RemovalEffect e : m.removalEffects()) {
          double[] removed = Iterated.absorb(counts, e.channel());
          double conversion = 1 - removed[0] / all[0];
          double value = all[1] > 0 ? 1 - removed[1] / all[1] : 0;
          if (Math.abs(conversion - e.conversions()) > 1e-9 || Math.abs(value - e.value()) > 1e-9) {
            return false;
          }
        }
      }
      return true;
    });
  }

  /** The absorbing chain solved by iteration, through the public API of the counts only. */
  static final class Iterated {
    private Iterated() {}

    /** P(conversion) and the expected value with the states containing {@code removed} sent to null. */
    static double[] absorb(TransitionCounts counts, String removed) {
      List<Path> states = counts.states();
      int n = states.size();
      List<MarkovState> s = states.stream().map(MarkovState::of).toList();
      double[][] q = new double[n][n];
      double[] rc = new double[n];
      double[] rv = new double[n];
      double[] p0 = new double[n];
      for (int i = 0; i < n; i++) {
        p0[i] = (double) counts.count(MarkovState.START, s.get(i)) / counts.count();
        if (removed != null && states.get(i).contains(removed)) {
          continue; // leads to null: no way on
        }
        double out = counts.count(s.get(i), MarkovState.CONVERSION) + counts.count(s.get(i), MarkovState.NULL);
        for (int j = 0; j < n; j++) {
          out += counts.count(s.get(i), s.get(j));
        }
        for (int j = 0; j < n; j++) {
          q[i][j] = counts.count(s.get(i), s.get(j)) / out;
        }
        rc[i] = counts.count(s.get(i), MarkovState.CONVERSION) / out;
        rv[i] = counts.conversionValue(s.get(i)) / out;
      }
      double[] x = new double[n];
      double[] v = new double[n];
      for (int iteration = 0; iteration < 200_000; iteration++) {
        double change = 0;
        for (int i = 0; i < n; i++) {
          double xi = rc[i];
          double vi = rv[i];
          for (int j = 0; j < n; j++) {
            xi += q[i][j] * x[j];
            vi += q[i][j] * v[j];
          }
          change = Math.max(change, Math.max(Math.abs(xi - x[i]), Math.abs(vi - v[i]) / Math.max(1, vi)));
          x[i] = xi; // Gauss–Seidel: later rows use the new values
          v[i] = vi;
        }
        if (change < 1e-15) {
          break;
        }
      }
      double p = 0;
      double e = 0;
      for (int i = 0; i < n; i++) {
        p += p0[i] * x[i];
        e += p0[i] * v[i];
      }
      return new double[] {p, e};
    }
  }
}
