package org.cxkit.metrics.journey.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Intervals;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.PathRules;

/**
 * Journeys counted by path: for each distinct path, how many journeys followed it, how many of them
 * converted and the conversions' total value. It is the table ChannelAttribution takes as input
 * ({@code PathData}), and everything about paths is read from it: the most frequent paths with their
 * conversion rates, the distribution of path lengths with the conversion rate by length, and the
 * frequencies of sub-paths (n-grams).
 *
 * <p>Counts are exact and merge exactly; values are sums of doubles, so a merged total equals the
 * whole up to rounding (exactly, for values such as whole cents that doubles add without rounding).
 * Build one with {@link #accumulator()} or the collector {@link #toPathCounts()} from
 * {@link JourneyPath}s, with {@link #from(Iterable, PathRules)} from cx-core journeys, or with
 * {@link #of(Iterable)} from aggregated rows.
 *
 * <p>A snapshot costs one sort of the distinct paths by hash code, which fixes the order of
 * {@link #rows()} (and so of every sum over them) whatever order the journeys came in. The orders
 * that compare paths' text ({@link #byPath()}, {@link #paths()}) are sorted on first use;
 * {@link #top(int)} selects without sorting them all.
 *
 * <p>Empty input: no journeys gives {@link #empty()}: counts and value 0, no paths, no lengths and
 * no n-grams; {@link #conversionRate()} throws {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PathCounts {
  private static final Comparator<PathCount> MOST_JOURNEYS_FIRST =
      Comparator.comparingLong(PathCount::journeys).reversed()
          .thenComparing(Comparator.comparingLong(PathCount::conversions).reversed())
          .thenComparing(PathCount::path);
  /** The canonical order of the rows: by the paths' hash codes (specified by String), ties by path. */
  private static final Comparator<PathCount> CANONICAL =
      Comparator.comparingInt((PathCount r) -> r.path().hashCode()).thenComparing(PathCount::path);
  private static final PathCounts EMPTY = new PathCounts(new PathCount[0]);

  private final PathCount[] sorted;
  private final List<PathCount> rows;
  private final long journeys;
  private final long conversions;
  private final double value;
  private volatile SortedMap<Path, PathCount> byPath;
  private volatile List<PathCount> ranked;
  private volatile SortedSet<String> labels;

  /**
   * Takes the rows, one per distinct path, in any order; they are put in the canonical order, so that
   * equal counts are equal and every sum over them is the same, whatever the order journeys came in.
   */
  PathCounts(PathCount[] distinctRows) {
    Arrays.sort(distinctRows, CANONICAL);
    this.sorted = distinctRows;
    this.rows = Collections.unmodifiableList(Arrays.asList(distinctRows));
    long j = 0;
    long c = 0;
    double v = 0;
    for (PathCount row : distinctRows) {
      j = Checks.addExact("journeys", j, row.journeys());
      c += row.conversions();
      v += row.value();
    }
    this.journeys = j;
    this.conversions = c;
    this.value = v;
  }

  /**
   * Returns the path counts of no journeys.
   *
   * @return the empty path counts
   */
  public static PathCounts empty() {
    return EMPTY;
  }

  /**
   * Returns a new, empty accumulator.
   *
   * @return the accumulator
   */
  public static PathCountsAccumulator accumulator() {
    return new PathCountsAccumulator();
  }

  /**
   * Returns a collector of journey paths into their path counts, for sequential and parallel streams.
   *
   * @return the collector
   */
  public static Collector<JourneyPath, PathCountsAccumulator, PathCounts> toPathCounts() {
    return Accumulators.collector(PathCountsAccumulator::new);
  }

  /**
   * Counts aggregated rows, such as ChannelAttribution's {@code PathData}; rows with the same path
   * are added together.
   *
   * @param rows the rows
   * @return the path counts
   * @throws IllegalArgumentException if a count overflows
   */
  public static PathCounts of(Iterable<PathCount> rows) {
    PathCountsAccumulator accumulator = new PathCountsAccumulator();
    Objects.requireNonNull(rows, "rows").forEach(accumulator::add);
    return accumulator.snapshot();
  }

  /**
   * Counts the paths of cx-core journeys under some rules; journeys without a valid path are set
   * aside with their reason (see {@link PathRules#pathOf}).
   *
   * @param journeys the journeys
   * @param rules how a journey becomes a path
   * @return the path counts, and the journeys set aside
   */
  public static BulkResult<Journey, PathCounts> from(Iterable<? extends Journey> journeys, PathRules rules) {
    BulkResult<Journey, List<JourneyPath>> paths = Objects.requireNonNull(rules, "rules").pathsOf(journeys);
    PathCountsAccumulator accumulator = new PathCountsAccumulator();
    paths.value().forEach(accumulator::add);
    return BulkResult.of(accumulator.snapshot(), paths.usedCount(), paths.setAside());
  }

  /**
   * Returns how many journeys were counted.
   *
   * @return the number of journeys, zero or more
   */
  public long count() {
    return journeys;
  }

  /**
   * Returns how many of the journeys converted.
   *
   * @return the conversions, zero or more
   */
  public long conversions() {
    return conversions;
  }

  /**
   * Returns how many of the journeys did not convert.
   *
   * @return {@code count() - conversions()}
   */
  public long nulls() {
    return journeys - conversions;
  }

  /**
   * Returns the conversions' total value.
   *
   * @return the value, zero or more
   */
  public double value() {
    return value;
  }

  /**
   * Returns the share of journeys that converted, with its Wilson interval at the default confidence.
   *
   * @return conversions ÷ journeys
   * @throws IllegalStateException if there are no journeys
   */
  public Estimate conversionRate() {
    return conversionRate(Confidence.DEFAULT);
  }

  /**
   * Returns the share of journeys that converted, with its Wilson interval.
   *
   * @param confidence the confidence level and minimum sample size
   * @return conversions ÷ journeys
   * @throws IllegalStateException if there are no journeys
   */
  public Estimate conversionRate(Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    if (journeys == 0) {
      throw new IllegalStateException("No conversion rate without journeys");
    }
    return Intervals.wilson(conversions, journeys, confidence);
  }

  /**
   * Returns how many distinct paths there are.
   *
   * @return the number of distinct paths
   */
  public int distinctPaths() {
    return rows.size();
  }

  /**
   * Returns every path's counts in an order that is unspecified but fixed (equal counts list their
   * paths in the same order), without the cost of sorting them: for a pass over all the paths.
   *
   * @return the rows, unmodifiable
   */
  public List<PathCount> rows() {
    return rows;
  }

  /**
   * Returns every path with its counts, the most frequent first (then the most conversions, then in
   * path order). The ranking is sorted on the first call.
   *
   * @return the paths, unmodifiable
   */
  public List<PathCount> paths() {
    List<PathCount> r = ranked;
    if (r == null) {
      PathCount[] sorted = rows.toArray(new PathCount[0]);
      Arrays.sort(sorted, MOST_JOURNEYS_FIRST);
      r = List.of(sorted);
      ranked = r;
    }
    return r;
  }

  /**
   * Returns the most frequent paths, as {@link #paths()} orders them, selecting them without sorting
   * every path when the ranking has not been asked for.
   *
   * @param k how many, zero or more
   * @return the first {@code k} paths, or all of them if there are fewer
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public List<PathCount> top(int k) {
    Checks.atLeast("k", k, 0);
    List<PathCount> r = ranked;
    if (r != null || 4L * k >= rows.size()) {
      List<PathCount> all = paths();
      return all.subList(0, Math.min(k, all.size()));
    }
    PriorityQueue<PathCount> best = new PriorityQueue<>(k + 1, MOST_JOURNEYS_FIRST.reversed());
    for (PathCount row : rows) {
      best.add(row);
      if (best.size() > k) {
        best.poll();
      }
    }
    PathCount[] out = best.toArray(new PathCount[0]);
    Arrays.sort(out, MOST_JOURNEYS_FIRST);
    return List.of(out);
  }

  /**
   * Returns one path's counts.
   *
   * @param path the path
   * @return its counts, or empty if no journey followed it
   */
  public Optional<PathCount> get(Path path) {
    int hash = Objects.requireNonNull(path, "path").hashCode();
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo <= hi) { // binary search in the canonical order
      int mid = (lo + hi) >>> 1;
      Path p = sorted[mid].path();
      int c = p.hashCode() != hash ? Integer.compare(p.hashCode(), hash) : p.compareTo(path);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return Optional.of(sorted[mid]);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every path's counts in path order, as a map, sorted on the first call.
   *
   * @return path to counts, unmodifiable
   */
  public SortedMap<Path, PathCount> byPath() {
    SortedMap<Path, PathCount> m = byPath;
    if (m == null) {
      TreeMap<Path, PathCount> sorted = new TreeMap<>();
      rows.forEach(row -> sorted.put(row.path(), row));
      m = Collections.unmodifiableSortedMap(sorted);
      byPath = m;
    }
    return m;
  }

  /**
   * Returns every step label that occurs in some path, such as every channel.
   *
   * @return the labels in {@link String} order
   */
  public SortedSet<String> labels() {
    SortedSet<String> l = labels;
    if (l == null) {
      Set<String> seen = new HashSet<>();
      for (PathCount row : rows) {
        Path p = row.path();
        for (int i = 0; i < p.length(); i++) {
          seen.add(p.step(i));
        }
      }
      l = Collections.unmodifiableSortedSet(new TreeSet<>(seen));
      labels = l;
    }
    return l;
  }

  /**
   * Returns the journeys by path length, with their conversions: the length distribution and the
   * conversion rate by length.
   *
   * @return length (number of steps) to tally, lengths in increasing order; only lengths that occur
   */
  public SortedMap<Integer, ConversionTally> byLength() {
    SortedMap<Integer, ConversionTally> out = new TreeMap<>();
    for (PathCount row : rows) {
      out.merge(row.path().length(), new ConversionTally(row.journeys(), row.conversions(), row.value()),
          ConversionTally::plus);
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * Returns the frequencies of the sub-paths of {@code n} consecutive steps, the most frequent first
   * (then in path order). A path shorter than {@code n} has none; a sub-path that occurs twice in a
   * journey's path counts twice among occurrences and once among journeys.
   *
   * @param n the number of steps, at least 1 ({@code 1} counts single steps; {@code 2}, pairs)
   * @return the n-grams with their counts
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public List<NgramCount> ngrams(int n) {
    Checks.atLeast("n", n, 1);
    Map<Path, long[]> counts = new HashMap<>();
    Set<Path> seen = new HashSet<>();
    for (PathCount row : rows) {
      Path p = row.path();
      seen.clear();
      for (int i = 0; i + n <= p.length(); i++) {
        Path gram = p.subPath(i, i + n);
        long[] c = counts.computeIfAbsent(gram, g -> new long[3]);
        c[0] += row.journeys();
        if (seen.add(gram)) {
          c[1] += row.journeys();
          c[2] += row.conversions();
        }
      }
    }
    List<NgramCount> out = new ArrayList<>(counts.size());
    counts.forEach((gram, c) -> out.add(new NgramCount(gram, c[0], c[1], c[2])));
    out.sort(Comparator.comparingLong(NgramCount::occurrences).reversed().thenComparing(NgramCount::ngram));
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathCounts p && rows.equals(p.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "PathCounts{journeys=" + journeys + ", conversions=" + conversions + ", value=" + value
        + ", distinctPaths=" + rows.size() + "}";
  }
}
