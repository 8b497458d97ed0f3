package org.cxkit.metrics.drivers;

import java.util.Objects;
import org.cxkit.core.internal.Checks;

/**
 * How a driver's performance is read on the {@link DriverMatrix}: the mean rating, or the top-box
 * share (the percentage of respondents who gave one of the top {@code k} answers of the scale, for a
 * model {@linkplain DriverModel#onScales on scales}). This class is immutable and thread-safe.
 */
public final class Performance {
  private static final Performance MEAN = new Performance(0);
  private final int boxes;

  private Performance(int boxes) {
    this.boxes = boxes;
  }

  /**
   * Reads performance as the mean rating over the respondents used.
   *
   * @return the mean reading
   */
  public static Performance mean() {
    return MEAN;
  }

  /**
   * Reads performance as the percentage of respondents whose rating is one of the top {@code boxes}
   * answers of the scale: {@code topBox(1)} is the top box (5 on 1 to 5), {@code topBox(2)} the top
   * two boxes (4 and 5).
   *
   * @param boxes how many of the highest answers count, at least 1
   * @return the top-box reading
   * @throws IllegalArgumentException if {@code boxes} is below 1
   */
  public static Performance topBox(int boxes) {
    return new Performance(Checks.atLeast("boxes", boxes, 1));
  }

  /**
   * Tells whether this is a top-box reading.
   *
   * @return true for {@link #topBox(int)}
   */
  public boolean isTopBox() {
    return boxes > 0;
  }

  /**
   * Returns how many top answers count, for a top-box reading.
   *
   * @return the number of boxes, or 0 for the mean
   */
  public int boxes() {
    return boxes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Performance p && boxes == p.boxes;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(boxes);
  }

  /** Returns {@code mean}, {@code top box} or {@code top 2 boxes}. */
  @Override
  public String toString() {
    return boxes == 0 ? "mean" : boxes == 1 ? "top box" : "top " + boxes + " boxes";
  }
}
