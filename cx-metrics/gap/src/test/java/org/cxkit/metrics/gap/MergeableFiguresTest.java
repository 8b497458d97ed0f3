package org.cxkit.metrics.gap;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.testing.MergeableContract;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/**
 * Every mergeable figure of the module against the shared {@link MergeableContract}. Items are drawn
 * from a seed so that every sum is exact in floating point, and equality can be exact.
 */
class MergeableFiguresTest {

  @Nested
  class Servqual extends MergeableContract<ServqualAccumulator, ServqualSummary, ServqualResponse> {
    @Override
    protected ServqualAccumulator newAccumulator() {
      return ServqualSummary.accumulator(ServqualInstrument.SERVQUAL_1988);
    }

    @Override
    protected void add(ServqualAccumulator a, ServqualResponse r) {
      a.add(r);
    }

    @Override
    protected ServqualAccumulator merge(ServqualAccumulator l, ServqualAccumulator r) {
      return l.merge(r);
    }

    @Override
    protected Collector<ServqualResponse, ?, ServqualSummary> collector() {
      return ServqualSummary.toSummary(ServqualInstrument.SERVQUAL_1988);
    }

    @Override
    protected ServqualSummary expectedEmpty() {
      return ServqualSummary.of(ServqualInstrument.SERVQUAL_1988, List.of());
    }

    @Override
    protected ServqualSummary snapshot(ServqualAccumulator a) {
      return a.snapshot();
    }

    @Override
    protected Gen<ServqualResponse> items() {
      return seeded(this::randomItem);
    }

    private ServqualResponse randomItem(SplittableRandom rnd) {
      // Without importance points: those sums are floating point (checked separately to rounding).
      return ServqualProperties.random(rnd, false);
    }
  }

  @Nested
  class Zone extends MergeableContract<ZoneAccumulator, ZoneSummary, ToleranceZone> {
    @Override
    protected ZoneAccumulator newAccumulator() {
      return ZoneSummary.accumulator();
    }

    @Override
    protected void add(ZoneAccumulator a, ToleranceZone z) {
      a.add(z);
    }

    @Override
    protected ZoneAccumulator merge(ZoneAccumulator l, ZoneAccumulator r) {
      return l.merge(r);
    }

    @Override
    protected Collector<ToleranceZone, ?, ZoneSummary> collector() {
      return ZoneSummary.toZoneSummary();
    }

    @Override
    protected ZoneSummary expectedEmpty() {
      return ZoneSummary.of(List.of());
    }

    @Override
    protected ZoneSummary snapshot(ZoneAccumulator a) {
      return a.snapshot();
    }

    @Override
    protected Gen<ToleranceZone> items() {
      return seeded(this::randomItem);
    }

    private ToleranceZone randomItem(SplittableRandom rnd) {
      int adequate = 1 + rnd.nextInt(7);
      int desired = adequate + rnd.nextInt(8 - adequate);
      QualityDimension d = QualityDimension.SERVQUAL.get(rnd.nextInt(5));
      return ToleranceZone.of(d, adequate, desired, 1 + rnd.nextInt(7));
    }
  }

  @Nested
  class DisconfirmationFigure
      extends MergeableContract<DisconfirmationAccumulator, DisconfirmationTally, Double> {
    @Override
    protected DisconfirmationAccumulator newAccumulator() {
      return DisconfirmationTally.accumulator(0.5);
    }

    @Override
    protected void add(DisconfirmationAccumulator a, Double gap) {
      a.add(gap);
    }

    @Override
    protected DisconfirmationAccumulator merge(DisconfirmationAccumulator l, DisconfirmationAccumulator r) {
      return l.merge(r);
    }

    @Override
    protected Collector<Double, ?, DisconfirmationTally> collector() {
      return DisconfirmationTally.toDisconfirmationTally(0.5);
    }

    @Override
    protected DisconfirmationTally expectedEmpty() {
      return Stream.<Double>empty().collect(collector());
    }

    @Override
    protected DisconfirmationTally snapshot(DisconfirmationAccumulator a) {
      return a.snapshot();
    }

    @Override
    protected Gen<Double> items() {
      return seeded(this::randomItem);
    }

    private Double randomItem(SplittableRandom rnd) {
      return (rnd.nextInt(25) - 12) / 2.0;
    }
  }

  @Nested
  class Kano extends MergeableContract<KanoAccumulator, KanoTally, KanoCategory> {
    @Override
    protected KanoAccumulator newAccumulator() {
      return KanoTally.accumulator();
    }

    @Override
    protected void add(KanoAccumulator a, KanoCategory c) {
      a.add(c);
    }

    @Override
    protected KanoAccumulator merge(KanoAccumulator l, KanoAccumulator r) {
      return l.merge(r);
    }

    @Override
    protected Collector<KanoCategory, ?, KanoTally> collector() {
      return KanoTally.toKanoTally();
    }

    @Override
    protected KanoTally expectedEmpty() {
      return Stream.<KanoCategory>empty().collect(collector());
    }

    @Override
    protected KanoTally snapshot(KanoAccumulator a) {
      return a.snapshot();
    }

    @Override
    protected Gen<KanoCategory> items() {
      return seeded(this::randomItem);
    }

    private KanoCategory randomItem(SplittableRandom rnd) {
      return KanoCategory.values()[rnd.nextInt(6)];
    }
  }

  /** Items drawn from a seed each, through a figure's random function. */
  static <X> Gen<X> seeded(Function<SplittableRandom, X> random) {
    return longs().all().map(seed -> random.apply(new SplittableRandom(seed)));
  }
}
