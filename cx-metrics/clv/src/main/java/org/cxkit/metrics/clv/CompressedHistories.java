package org.cxkit.metrics.clv;

import java.util.Collection;
import java.util.Objects;
import org.cxkit.core.time.TimeScale;

/**
 * Customer histories prepared for repeated likelihood work: expressed in one unit, sorted, and
 * compressed so that identical (x, t<sub>x</sub>, T) histories are counted once with a weight.
 * Build it once to fit a {@link BgNbdModel} or to evaluate the log-likelihood at many parameter
 * points (profile likelihoods, model comparison) without compressing again each time.
 *
 * <p><b>Empty input:</b> an empty set, with a {@linkplain #count() count} of 0 and a log-likelihood
 * of 0 under any model; {@link BgNbdModel#fit(CompressedHistories)} throws on it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CompressedHistories {
  private final BgNbdLikelihood likelihood;
  private final TimeScale unit;

  private CompressedHistories(BgNbdLikelihood likelihood, TimeScale unit) {
    this.likelihood = likelihood;
    this.unit = unit;
  }

  /**
   * Compresses histories.
   *
   * @param customers the histories, in any unit (each is converted into {@code unit})
   * @param unit the unit to express them in
   * @return the compressed histories; empty input gives an empty set
   */
  public static CompressedHistories of(Collection<Rfm> customers, TimeScale unit) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(unit, "unit");
    return new CompressedHistories(BgNbdLikelihood.of(customers, unit), unit);
  }

  BgNbdLikelihood likelihood() {
    return likelihood;
  }

  /**
   * Returns the unit the histories are expressed in.
   *
   * @return the unit
   */
  public TimeScale unit() {
    return unit;
  }

  /**
   * Returns the number of customers, each counted once however many share its history.
   *
   * @return the count, zero or more
   */
  public long count() {
    return likelihood.customers;
  }

  /**
   * Returns the number of distinct histories, the rows the likelihood is summed over.
   *
   * @return the count, at most {@link #count()}
   */
  public int distinctHistories() {
    return likelihood.rows();
  }

  /**
   * Returns the BG/NBD log-likelihood of all the customers under a model (Fader, Hardie and Lee
   * 2005, eq. 6, in log space). A model in another unit is re-expressed in this one first (α is a
   * time), so any model can be scored against these histories. The value is a log-density in this
   * object's unit: the same data in a unit c times shorter scores {@code Σx · ln c} lower, which
   * changes no comparison between models on the same data.
   *
   * @param model the model
   * @return the log-likelihood, finite; 0 for no customers
   */
  public double logLikelihood(BgNbdModel model) {
    double alpha = model.alpha() * model.unit().days() / unit.days();
    return likelihood.logLikelihood(model.r(), alpha, model.a(), model.b(), null);
  }

  @Override
  public String toString() {
    return "CompressedHistories{count=" + count() + ", distinct=" + distinctHistories() + ", unit=" + unit + "}";
  }
}
