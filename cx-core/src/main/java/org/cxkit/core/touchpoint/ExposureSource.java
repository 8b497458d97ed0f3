package org.cxkit.core.touchpoint;

/** What a customer was exposed to at a touchpoint. */
public enum ExposureSource {
  /** The brand: a logo, a store front, a reputation. */
  BRAND,
  /** The product itself. */
  PRODUCT,
  /** An employee of the company. */
  EMPLOYEE,
  /** A message: marketing content, an advertisement, an email. */
  MESSAGE
}
