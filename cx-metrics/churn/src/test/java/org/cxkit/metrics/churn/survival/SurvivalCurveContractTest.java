package org.cxkit.metrics.churn.survival;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Collector;
import org.cxkit.testkit.AccumulatorContract;
import org.quicktheories.core.Gen;

/** {@link SurvivalCurve} keeps the accumulator contract over random tenures with ties. */
class SurvivalCurveContractTest extends AccumulatorContract<Tenure, SurvivalAccumulator, SurvivalCurve> {

  @Override
  protected Gen<Tenure> items() {
    // Whole and half periods from 0 to 49.5, so that ties are frequent; an event or a censoring.
    return integers().between(0, 49).zip(integers().between(0, 3),
        (whole, flags) -> new Tenure(whole + ((flags & 1) == 1 ? 0.5 : 0), (flags & 2) == 2));
  }

  @Override
  protected int examples() {
    return 60;
  }

  @Override
  protected int maxSize() {
    return 300;
  }

  @Override
  protected SurvivalAccumulator newAccumulator() {
    return SurvivalCurve.accumulator();
  }

  /** None: the curve of no tenures is undefined, and the accumulator says so. */
  @Override
  protected SurvivalCurve expectedEmpty() {
    return null;
  }

  @Override
  protected Collector<Tenure, ?, SurvivalCurve> collector() {
    return SurvivalCurve.toSurvivalCurve();
  }
}
