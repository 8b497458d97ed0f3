package org.cxkit.metrics.drivers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;

/**
 * What a driver analysis relates: one outcome (likelihood to recommend, overall satisfaction,
 * effort) and the attribute ratings thought to drive it (product quality, price, ease of use,
 * support speed…), each by name, answered by the same respondents.
 *
 * <p>Two kinds of model. {@link #of(String, List)} takes any finite numbers. {@link #onScales}
 * declares whole-number answer scales, the usual survey case (0 to 10 for the outcome, 1 to 5 for
 * the attributes): answers are then checked against their scale, Spearman's rank correlation becomes
 * exact and mergeable (it is computed from counts of answer pairs), and performance can be read as a
 * top-box share.
 *
 * <p>Variables are numbered in one order everywhere: the outcome is variable 0, the drivers
 * 1 to {@code p} in the order given. At most {@value #MAX_DRIVERS} drivers; LMG is exact up to
 * {@value DriverAnalysis#LMG_MAX_DRIVERS}. A scale has at most {@value #MAX_SCALE_POINTS} points.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DriverModel {
  /** The most drivers a model can have. */
  public static final int MAX_DRIVERS = 50;
  /** The most points an answer scale can have (0 to 100). */
  public static final int MAX_SCALE_POINTS = 101;

  private final String outcome;
  private final List<String> drivers;
  private final Optional<Scale> outcomeScale;
  private final Optional<Scale> driverScale;

  private DriverModel(String outcome, List<String> drivers, Optional<Scale> outcomeScale, Optional<Scale> driverScale) {
    this.outcome = Checks.nonBlank("outcome", outcome);
    Objects.requireNonNull(drivers, "drivers");
    if (drivers.isEmpty() || drivers.size() > MAX_DRIVERS) {
      throw Checks.invalid(drivers.isEmpty() ? ReasonCode.MISSING : ReasonCode.TOO_LARGE, "drivers",
          "from 1 to " + MAX_DRIVERS + " drivers", drivers.size());
    }
    Set<String> seen = new HashSet<>();
    seen.add(outcome);
    List<String> copy = new ArrayList<>(drivers.size());
    for (String d : drivers) {
      Checks.nonBlank("drivers", Objects.requireNonNull(d, "driver"));
      if (!seen.add(d)) {
        throw Checks.invalid(ReasonCode.DUPLICATE, "drivers", "names must differ from each other and from the outcome",
            "\"" + d + "\"");
      }
      copy.add(d);
    }
    this.drivers = List.copyOf(copy);
    this.outcomeScale = outcomeScale;
    this.driverScale = driverScale;
    outcomeScale.ifPresent(s -> checkPoints("outcomeScale", s));
    driverScale.ifPresent(s -> checkPoints("driverScale", s));
  }

  private static void checkPoints(String field, Scale scale) {
    if (scale.points() > MAX_SCALE_POINTS) {
      throw Checks.invalid(ReasonCode.TOO_LARGE, field, "at most " + MAX_SCALE_POINTS + " points", scale);
    }
  }

  /**
   * Obtains a model over any finite numbers.
   *
   * @param outcome the outcome's name, not blank
   * @param drivers the drivers' names, from 1 to {@value #MAX_DRIVERS}, not blank, all different and
   *     different from the outcome
   * @return the model
   * @throws IllegalArgumentException if a name is blank or repeated, or there are no or too many
   *     drivers
   */
  public static DriverModel of(String outcome, List<String> drivers) {
    return new DriverModel(outcome, drivers, Optional.empty(), Optional.empty());
  }

  /**
   * Obtains a model over whole-number answers on declared scales: exact, mergeable Spearman
   * correlations and top-box performance.
   *
   * @param outcome the outcome's name, not blank
   * @param outcomeScale the outcome's scale, such as {@link Scale#ZERO_TO_TEN}, at most
   *     {@value #MAX_SCALE_POINTS} points
   * @param drivers the drivers' names, from 1 to {@value #MAX_DRIVERS}, not blank, all different and
   *     different from the outcome
   * @param driverScale the scale every driver is rated on, such as {@link Scale#ONE_TO_FIVE}, at most
   *     {@value #MAX_SCALE_POINTS} points
   * @return the model
   * @throws IllegalArgumentException if a name is blank or repeated, there are no or too many
   *     drivers, or a scale has too many points
   */
  public static DriverModel onScales(String outcome, Scale outcomeScale, List<String> drivers, Scale driverScale) {
    return new DriverModel(outcome, drivers, Optional.of(outcomeScale), Optional.of(driverScale));
  }

  /**
   * Returns the outcome's name.
   *
   * @return the name
   */
  public String outcome() {
    return outcome;
  }

  /**
   * Returns the drivers' names, in order.
   *
   * @return the names, unmodifiable
   */
  public List<String> drivers() {
    return drivers;
  }

  /**
   * Returns the number of drivers, {@code p}.
   *
   * @return from 1 to {@value #MAX_DRIVERS}
   */
  public int driverCount() {
    return drivers.size();
  }

  /**
   * Returns every variable's name: the outcome, then the drivers.
   *
   * @return {@code p + 1} names
   */
  public List<String> variables() {
    List<String> all = new ArrayList<>(drivers.size() + 1);
    all.add(outcome);
    all.addAll(drivers);
    return List.copyOf(all);
  }

  /**
   * Returns the outcome's scale, for a model {@linkplain #onScales on scales}.
   *
   * @return the scale, or empty
   */
  public Optional<Scale> outcomeScale() {
    return outcomeScale;
  }

  /**
   * Returns the drivers' scale, for a model {@linkplain #onScales on scales}.
   *
   * @return the scale, or empty
   */
  public Optional<Scale> driverScale() {
    return driverScale;
  }

  /**
   * Tells whether answers are whole numbers on declared scales.
   *
   * @return true for a model built {@linkplain #onScales on scales}
   */
  public boolean isOnScales() {
    return outcomeScale.isPresent();
  }

  /**
   * Returns a variable's number: 0 for the outcome, 1 to {@code p} for the drivers.
   *
   * @param variable the outcome's or a driver's name
   * @return the number
   * @throws IllegalArgumentException if no variable has that name
   */
  public int indexOf(String variable) {
    Objects.requireNonNull(variable, "variable");
    if (variable.equals(outcome)) {
      return 0;
    }
    int i = drivers.indexOf(variable);
    if (i < 0) {
      throw Checks.invalid(ReasonCode.INVALID, "variable", "one of " + variables(), "\"" + variable + "\"");
    }
    return i + 1;
  }

  /**
   * Returns a driver's number among the drivers, from 0.
   *
   * @param driver a driver's name
   * @return the number, from 0 to {@code p − 1}
   * @throws IllegalArgumentException if no driver has that name
   */
  int driverIndex(String driver) {
    int i = drivers.indexOf(Objects.requireNonNull(driver, "driver"));
    if (i < 0) {
      throw Checks.invalid(ReasonCode.INVALID, "driver", "one of " + drivers, "\"" + driver + "\"");
    }
    return i;
  }

  /** Returns the scale of a variable, if declared. */
  Optional<Scale> scaleOf(int variable) {
    return variable == 0 ? outcomeScale : driverScale;
  }

  /** Returns the name of a variable by number. */
  String nameOf(int variable) {
    return variable == 0 ? outcome : drivers.get(variable - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DriverModel m && outcome.equals(m.outcome) && drivers.equals(m.drivers)
        && outcomeScale.equals(m.outcomeScale) && driverScale.equals(m.driverScale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, drivers, outcomeScale, driverScale);
  }

  /** Returns a form such as {@code recommend (0-10) ~ quality, price, support (1-5)}. */
  @Override
  public String toString() {
    return outcome + outcomeScale.map(s -> " (" + s + ")").orElse("") + " ~ " + String.join(", ", drivers)
        + driverScale.map(s -> " (" + s + ")").orElse("");
  }
}
