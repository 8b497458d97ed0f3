package org.cxkit.metrics.churn.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collector;
import org.cxkit.metrics.churn.MergeableContract;

/** {@link SurvivalCurve} keeps the mergeable contract over random tenures with ties. */
class SurvivalCurveContractTest extends MergeableContract<Tenure, SurvivalAccumulator, SurvivalCurve> {

  @Override
  protected List<Tenure> items(long seed, int size) {
    Random random = new Random(seed);
    List<Tenure> tenures = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      tenures.add(new Tenure(random.nextInt(50) + (random.nextBoolean() ? 0.5 : 0), random.nextBoolean()));
    }
    return tenures;
  }

  @Override
  protected int minimumSize() {
    return 1;
  }

  @Override
  protected SurvivalAccumulator newAccumulator() {
    return SurvivalCurve.accumulator();
  }

  @Override
  protected void add(SurvivalAccumulator accumulator, Tenure item) {
    accumulator.add(item);
  }

  @Override
  protected SurvivalAccumulator merge(SurvivalAccumulator into, SurvivalAccumulator other) {
    return into.merge(other);
  }

  @Override
  protected SurvivalCurve snapshot(SurvivalAccumulator accumulator) {
    return accumulator.snapshot();
  }

  @Override
  protected Collector<Tenure, ?, SurvivalCurve> collector() {
    return SurvivalCurve.toSurvivalCurve();
  }
}
