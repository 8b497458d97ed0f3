package org.cxkit.metrics.gap;

import java.util.SplittableRandom;
import org.cxkit.core.experience.QualityDimension;
import org.junit.jupiter.api.Nested;

/** Every mergeable figure of the module against {@link MergeableContract}. */
class MergeableFiguresTest {

  @Nested
  class Servqual extends MergeableContract<ServqualAccumulator, ServqualSummary, ServqualResponse> {
    @Override
    ServqualAccumulator create() {
      return ServqualSummary.accumulator(ServqualInstrument.SERVQUAL_1988);
    }

    @Override
    void add(ServqualAccumulator a, ServqualResponse r) {
      a.add(r);
    }

    @Override
    ServqualAccumulator merge(ServqualAccumulator l, ServqualAccumulator r) {
      return l.merge(r);
    }

    @Override
    ServqualSummary snapshot(ServqualAccumulator a) {
      return a.snapshot();
    }

    @Override
    ServqualResponse randomItem(SplittableRandom rnd) {
      // Without importance points: those sums are floating point (checked separately to rounding).
      return ServqualProperties.random(rnd, false);
    }
  }

  @Nested
  class Zone extends MergeableContract<ZoneAccumulator, ZoneSummary, ToleranceZone> {
    @Override
    ZoneAccumulator create() {
      return ZoneSummary.accumulator();
    }

    @Override
    void add(ZoneAccumulator a, ToleranceZone z) {
      a.add(z);
    }

    @Override
    ZoneAccumulator merge(ZoneAccumulator l, ZoneAccumulator r) {
      return l.merge(r);
    }

    @Override
    ZoneSummary snapshot(ZoneAccumulator a) {
      return a.snapshot();
    }

    @Override
    ToleranceZone randomItem(SplittableRandom rnd) {
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
    DisconfirmationAccumulator create() {
      return DisconfirmationTally.accumulator(0.5);
    }

    @Override
    void add(DisconfirmationAccumulator a, Double gap) {
      a.add(gap);
    }

    @Override
    DisconfirmationAccumulator merge(DisconfirmationAccumulator l, DisconfirmationAccumulator r) {
      return l.merge(r);
    }

    @Override
    DisconfirmationTally snapshot(DisconfirmationAccumulator a) {
      return a.snapshot();
    }

    @Override
    Double randomItem(SplittableRandom rnd) {
      return (rnd.nextInt(25) - 12) / 2.0;
    }
  }

  @Nested
  class Kano extends MergeableContract<KanoAccumulator, KanoTally, KanoCategory> {
    @Override
    KanoAccumulator create() {
      return KanoTally.accumulator();
    }

    @Override
    void add(KanoAccumulator a, KanoCategory c) {
      a.add(c);
    }

    @Override
    KanoAccumulator merge(KanoAccumulator l, KanoAccumulator r) {
      return l.merge(r);
    }

    @Override
    KanoTally snapshot(KanoAccumulator a) {
      return a.snapshot();
    }

    @Override
    KanoCategory randomItem(SplittableRandom rnd) {
      return KanoCategory.values()[rnd.nextInt(6)];
    }
  }
}
