package org.cxkit.metrics.journey.path;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.Accumulator;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;
import org.cxkit.metrics.journey.PathCount;

/**
 * The mutable tally beside {@link PathCounts}: journeys are {@linkplain #add(JourneyPath) added} one
 * at a time or as {@linkplain #add(PathCount) aggregated rows}, accumulators of parts of the journeys
 * {@linkplain #merge merge} into the accumulator of the whole, and {@link #snapshot()} gives the
 * immutable counts. A valid supplier, accumulator and combiner for
 * {@link java.util.stream.Stream#collect} on parallel streams; {@link PathCounts#toPathCounts()} is the
 * collector.
 *
 * <p>Adding costs one hash lookup per journey. {@link #count()} is the number of journeys, a row of
 * {@code c} conversions and {@code m} nulls counting {@code c + m}.
 *
 * <p>This class is not thread-safe.
 */
public final class PathCountsAccumulator
    implements Accumulator<JourneyPath, PathCountsAccumulator, PathCounts> {

  /** The counts of one path. */
  private static final class Cell {
    long conversions;
    long nulls;
    double value;
  }

  private final Map<Path, Cell> cells = new HashMap<>();
  private long journeys;

  PathCountsAccumulator() {}

  /**
   * Adds one journey.
   *
   * @param path the journey's path
   * @return this accumulator
   * @throws IllegalArgumentException if the number of journeys overflows; the accumulator is unchanged
   */
  @Override
  public PathCountsAccumulator add(JourneyPath path) {
    Objects.requireNonNull(path, "path");
    return add(path.path(), path.converted() ? 1 : 0, path.value(), path.converted() ? 0 : 1);
  }

  /**
   * Adds an aggregated row's journeys.
   *
   * @param row the row
   * @return this accumulator
   * @throws IllegalArgumentException if the number of journeys overflows; the accumulator is unchanged
   */
  public PathCountsAccumulator add(PathCount row) {
    Objects.requireNonNull(row, "row");
    return add(row.path(), row.conversions(), row.value(), row.nulls());
  }

  private PathCountsAccumulator add(Path path, long conversions, double value, long nulls) {
    long total = Checks.addExact("journeys", journeys, conversions + nulls);
    Cell cell = cells.computeIfAbsent(path, p -> new Cell());
    cell.conversions += conversions;
    cell.nulls += nulls;
    cell.value += value;
    journeys = total;
    return this;
  }

  /**
   * Adds every journey another accumulator holds; the other is unchanged.
   *
   * @param other another accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if the number of journeys overflows; this accumulator is unchanged
   */
  @Override
  public PathCountsAccumulator merge(PathCountsAccumulator other) {
    Objects.requireNonNull(other, "other");
    long total = Checks.addExact("journeys", journeys, other.journeys);
    // Copy first, so that merging an accumulator into itself adds its counts once.
    Map<Path, Cell> theirs = other == this ? copy(other.cells) : other.cells;
    theirs.forEach((path, c) -> {
      Cell cell = cells.computeIfAbsent(path, p -> new Cell());
      cell.conversions += c.conversions;
      cell.nulls += c.nulls;
      cell.value += c.value;
    });
    journeys = total;
    return this;
  }

  private static Map<Path, Cell> copy(Map<Path, Cell> cells) {
    Map<Path, Cell> out = new HashMap<>();
    cells.forEach((p, c) -> {
      Cell d = new Cell();
      d.conversions = c.conversions;
      d.nulls = c.nulls;
      d.value = c.value;
      out.put(p, d);
    });
    return out;
  }

  /**
   * Returns the counts of every journey added so far.
   *
   * @return the path counts
   */
  @Override
  public PathCounts snapshot() {
    PathCount[] rows = new PathCount[cells.size()];
    int i = 0;
    for (Map.Entry<Path, Cell> e : cells.entrySet()) {
      Cell c = e.getValue();
      rows[i++] = PathCount.of(e.getKey(), c.conversions, c.value, c.nulls);
    }
    return new PathCounts(rows);
  }

  /**
   * Returns how many journeys were added, merged ones included.
   *
   * @return the number of journeys
   */
  @Override
  public long count() {
    return journeys;
  }
}
