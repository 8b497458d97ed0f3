package org.cxkit.metrics.journey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;

/**
 * An ordered sequence of steps, each the label of a touchpoint: its channel, its kind or its stage
 * (see {@link PathElement}), such as {@code email > web > web}. It is written with
 * {@value #SEPARATOR} between the steps, as ChannelAttribution's {@code PathData} writes paths.
 *
 * <p>A path has at least one step. A step is a non-blank label with no leading or trailing
 * whitespace and no {@code '>'}, so that {@link #parse} reads back what {@link #toString} writes.
 * Paths compare step by step in {@link String} order, a path before its own extensions.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class Path implements Comparable<Path> {

  /** The separator between steps in the text form: a space, {@code '>'} and a space. */
  public static final String SEPARATOR = " > ";

  private final String[] steps;
  private final int hash;

  private Path(String[] steps) {
    this.steps = steps;
    this.hash = Arrays.hashCode(steps);
  }

  /**
   * Obtains a path from its steps.
   *
   * @param steps the steps in order, at least one, each a label as the class describes
   * @return the path
   * @throws IllegalArgumentException if there is no step or a step is not a valid label
   */
  public static Path of(String... steps) {
    Objects.requireNonNull(steps, "steps");
    return new Path(checked(steps.clone()));
  }

  /**
   * Obtains a path from its steps.
   *
   * @param steps the steps in order, at least one, each a label as the class describes
   * @return the path
   * @throws IllegalArgumentException if there is no step or a step is not a valid label
   */
  public static Path of(List<String> steps) {
    Objects.requireNonNull(steps, "steps");
    return new Path(checked(steps.toArray(new String[0])));
  }

  /**
   * Reads a path written as ChannelAttribution writes one: steps separated by {@code '>'}, with any
   * whitespace around each step ignored ({@code "a > b>c"} is {@code a > b > c}).
   *
   * @param text the path, such as {@code "eta > iota > alpha"}
   * @return the path
   * @throws IllegalArgumentException if a step is blank, as in {@code "a > > b"} or {@code ""}
   */
  public static Path parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    List<String> steps = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '>') {
        String step = s.substring(from, i).strip();
        if (step.isEmpty()) {
          throw Checks.invalid(ReasonCode.MALFORMED, "path", "steps separated by '>', none blank", "\"" + s + "\"");
        }
        steps.add(step);
        from = i + 1;
      }
    }
    return new Path(checked(steps.toArray(new String[0])));
  }

  private static String[] checked(String[] steps) {
    if (steps.length == 0) {
      throw Checks.invalid(ReasonCode.MISSING, "path", "must have at least one step", "no step");
    }
    for (String step : steps) {
      checkLabel(step);
    }
    return steps;
  }

  /**
   * Checks one step's label.
   *
   * @param label the label
   * @return the label
   * @throws IllegalArgumentException if it is blank, has leading or trailing whitespace or a {@code '>'}
   */
  static String checkLabel(String label) {
    Checks.nonBlank("step", label);
    if (label.indexOf('>') >= 0 || !label.strip().equals(label)) {
      throw Checks.invalid(ReasonCode.MALFORMED, "step", "no '>' and no leading or trailing whitespace",
          "\"" + label + "\"");
    }
    return label;
  }

  /**
   * Returns the steps.
   *
   * @return the steps in order, unmodifiable, at least one
   */
  public List<String> steps() {
    return Collections.unmodifiableList(Arrays.asList(steps));
  }

  /**
   * Returns one step.
   *
   * @param index the position, from 0 to {@code length() - 1}
   * @return the step's label
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public String step(int index) {
    Objects.checkIndex(index, steps.length);
    return steps[index];
  }

  /**
   * Returns the number of steps.
   *
   * @return the length, at least 1
   */
  public int length() {
    return steps.length;
  }

  /**
   * Returns the first step.
   *
   * @return the first step's label
   */
  public String first() {
    return steps[0];
  }

  /**
   * Returns the last step.
   *
   * @return the last step's label
   */
  public String last() {
    return steps[steps.length - 1];
  }

  /**
   * Returns the steps from {@code from} (inclusive) to {@code to} (exclusive) as a path.
   *
   * @param from the first position, from 0
   * @param to the position after the last, greater than {@code from} and at most {@code length()}
   * @return the sub-path
   * @throws IndexOutOfBoundsException if the range is empty or out of bounds
   */
  public Path subPath(int from, int to) {
    Objects.checkFromToIndex(from, to, steps.length);
    if (from == to) {
      throw new IndexOutOfBoundsException("Empty range " + from + " - " + to + " (a path has at least one step)");
    }
    return new Path(Arrays.copyOfRange(steps, from, to));
  }

  /**
   * Returns this path with each run of consecutive equal steps replaced by one step:
   * {@code a > a > b > a} becomes {@code a > b > a}.
   *
   * @return the collapsed path, this one if it has no consecutive repeats
   */
  public Path collapsed() {
    int kept = 1;
    for (int i = 1; i < steps.length; i++) {
      if (!steps[i].equals(steps[i - 1])) {
        kept++;
      }
    }
    if (kept == steps.length) {
      return this;
    }
    String[] out = new String[kept];
    out[0] = steps[0];
    int k = 1;
    for (int i = 1; i < steps.length; i++) {
      if (!steps[i].equals(steps[i - 1])) {
        out[k++] = steps[i];
      }
    }
    return new Path(out);
  }

  /**
   * Tells whether a label is one of the steps.
   *
   * @param label the label
   * @return true if some step equals it
   */
  public boolean contains(String label) {
    Objects.requireNonNull(label, "label");
    for (String step : steps) {
      if (step.equals(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Compares step by step in {@link String} order; a path comes before its own extensions.
   *
   * @param other the other path
   * @return negative, zero or positive as this path is before, equal to or after the other
   */
  @Override
  public int compareTo(Path other) {
    return Arrays.compare(steps, other.steps);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Path p && hash == p.hash && Arrays.equals(steps, p.steps);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the steps separated by {@value #SEPARATOR}, such as {@code email > web}. */
  @Override
  public String toString() {
    return String.join(SEPARATOR, steps);
  }
}
