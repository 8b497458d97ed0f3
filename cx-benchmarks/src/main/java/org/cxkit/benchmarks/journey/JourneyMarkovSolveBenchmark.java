package org.cxkit.benchmarks.journey;

import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.journey.attribution.MarkovAttribution;
import org.cxkit.metrics.journey.attribution.TransitionCounts;
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
 * The removal effects alone, from counts of a million journeys (12 channels: 12 states at order 1,
 * 156 at order 2): the library's exact first-visit algebra (one inverse of {@code I − Q}) against one
 * Gaussian elimination of the reduced chain per channel, and against a simulation of 100,000
 * journeys (ChannelAttribution's method, whose error is of the order of 1/√100,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class JourneyMarkovSolveBenchmark {

  @Param({"1", "2"})
  int order;

  TransitionCounts counts;
  JourneyData.Indexed chain;

  @Setup(Level.Trial)
  public void setUp() {
    var paths = JourneyData.journeys(1_000_000, 42);
    counts = paths.stream().collect(TransitionCounts.toTransitionCounts(order));
    chain = JourneyData.Chain.count(paths, order).index();
  }

  /** The library: one inversion and the first-visit probabilities of each channel's states. */
  @Benchmark
  public MarkovAttribution library() {
    return MarkovAttribution.of(counts);
  }

  /** Hand-written: the reduced chain of each channel solved by Gaussian elimination. */
  @Benchmark
  public double[] solvePerChannel() {
    return JourneyData.removalEffectsBySolving(chain);
  }

  /** Hand-written: 100,000 simulated journeys. */
  @Benchmark
  public double[] simulate() {
    return JourneyData.removalEffectsBySimulation(chain, 100_000, 256, 7);
  }
}
