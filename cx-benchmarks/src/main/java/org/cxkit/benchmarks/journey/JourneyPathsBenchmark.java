package org.cxkit.benchmarks.journey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.attribution.Attribution;
import org.cxkit.metrics.journey.attribution.PathRule;
import org.cxkit.metrics.journey.path.PathCounts;
import org.cxkit.metrics.journey.path.PathCountsAccumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Counting a million journeys' paths, and linear attribution, against the hand-written versions in
 * the same run: a {@code HashMap<String, long[]>} keyed by the path's text, and a per-journey loop
 * crediting {@code 1/L} to each step in a {@code HashMap<String, double[]>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class JourneyPathsBenchmark {

  @Param({"1000000"})
  int journeys;

  List<JourneyPath> paths;

  @Setup(Level.Trial)
  public void setUp() {
    paths = JourneyData.journeys(journeys, 42);
  }

  /** The library: path counts, then the snapshot (sorted paths, ranked list). */
  @Benchmark
  public PathCounts pathCounts() {
    PathCountsAccumulator counts = PathCounts.accumulator();
    for (JourneyPath p : paths) {
      counts.add(p);
    }
    return counts.snapshot();
  }

  /** Hand-written: a hash map from the path's text to its counts. */
  @Benchmark
  public Map<String, long[]> hashMapPathCounter() {
    Map<String, long[]> counts = new HashMap<>();
    for (JourneyPath p : paths) {
      counts.computeIfAbsent(String.join(" > ", p.path().steps()), k -> new long[2])[p.converted() ? 0 : 1]++;
    }
    return counts;
  }

  /** The library: linear attribution (through the path counts). */
  @Benchmark
  public Attribution linearLibrary() {
    return PathRule.LINEAR.attribute(paths);
  }

  /** Hand-written: each converting journey credits 1/L to each of its steps. */
  @Benchmark
  public Map<String, double[]> linearPerJourney() {
    Map<String, double[]> credits = new HashMap<>();
    for (JourneyPath p : paths) {
      List<String> steps = p.path().steps();
      for (String step : steps) {
        double[] c = credits.computeIfAbsent(step, k -> new double[2]);
        if (p.converted()) {
          c[0] += 1.0 / steps.size();
          c[1] += p.value() / steps.size();
        }
      }
    }
    return credits;
  }
}
