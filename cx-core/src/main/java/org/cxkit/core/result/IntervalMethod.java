package org.cxkit.core.result;

/**
 * How the interval of an {@link Estimate} was computed, so that a reader (or a report caption) can
 * say "95 % Wilson interval" without knowing which figure produced it.
 */
public enum IntervalMethod {
  /** The Wald interval {@code value ± z · SE}. */
  WALD("Wald"),
  /** A Wald interval on shares adjusted with pseudo-observations (Agresti–Coull; Rocks 2016 for NPS). */
  ADJUSTED_WALD("adjusted Wald"),
  /** The Wilson score interval for a proportion (Wilson 1927). */
  WILSON("Wilson"),
  /** The Student t interval for a mean, {@code mean ± t(n − 1) · s / √n}. */
  STUDENT_T("Student t"),
  /** Greenwood's variance on the plain scale of a survival probability. */
  GREENWOOD_PLAIN("Greenwood"),
  /** Greenwood's variance on the log scale of a survival probability. */
  GREENWOOD_LOG("Greenwood, log"),
  /** Greenwood's variance on the log(−log) scale of a survival probability (Kalbfleisch and Prentice). */
  GREENWOOD_LOG_LOG("Greenwood, log-log"),
  /** A Wald interval on the log scale of a positive parameter, {@code value · exp(± z · SE / value)}. */
  LOG_WALD("log Wald"),
  /**
   * Fisher's z transformation for a Pearson correlation (Fisher 1921): {@code atanh r ± z / √(n − 3)},
   * mapped back by {@code tanh}.
   */
  FISHER_Z("Fisher z"),
  /**
   * Fisher's z transformation for a Spearman correlation with Bonett and Wright's (2000) standard
   * error {@code √((1 + r²/2) / (n − 3))}.
   */
  FISHER_Z_BONETT_WRIGHT("Fisher z, Bonett-Wright"),
  /**
   * The percentile bootstrap (Efron 1979): the {@code α/2} and {@code 1 − α/2} percentiles of the
   * figure over resamples, widened if need be to hold the full-sample value.
   */
  BOOTSTRAP_PERCENTILE("bootstrap percentile"),
  /**
   * No data-based interval: the interval is the whole range the figure can take, as for a mean of a
   * single answer, which has no sample variance.
   */
  WHOLE_RANGE("whole range");

  private final String label;

  IntervalMethod(String label) {
    this.label = label;
  }

  /**
   * Returns the method's name for people, such as {@code Wilson} or {@code adjusted Wald}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the method's key in JSON, the constant's name in lower case with hyphens, such as
   * {@code adjusted-wald}.
   *
   * @return the key
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
