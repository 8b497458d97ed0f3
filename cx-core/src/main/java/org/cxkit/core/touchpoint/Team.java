package org.cxkit.core.touchpoint;

import org.cxkit.core.internal.Checks;

/**
 * The function that owns a touchpoint and answers for its figures: marketing, sales, product, support, customer success, or a team of the user's own.
 *
 * <p>Open to users' own values: {@code Team.of("...")} makes any team, and two values with the same
 * name are equal. Names are case-sensitive and kept as given.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the team's name, not blank
 */
public record Team(String name) {
  /** Marketing. */
  public static final Team MARKETING = new Team("marketing");
  /** Sales. */
  public static final Team SALES = new Team("sales");
  /** Product. */
  public static final Team PRODUCT = new Team("product");
  /** Customer support. */
  public static final Team SUPPORT = new Team("support");
  /** Customer success. */
  public static final Team CUSTOMER_SUCCESS = new Team("customer-success");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Team {
    Checks.nonBlank("team", name);
  }

  /**
   * Obtains a team by name.
   *
   * @param name the name, not blank
   * @return the team
   */
  public static Team of(String name) {
    return new Team(name);
  }

  /** Returns the name alone. */
  @Override
  public String toString() {
    return name;
  }
}
