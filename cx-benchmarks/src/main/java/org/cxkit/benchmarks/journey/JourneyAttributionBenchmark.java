package org.cxkit.benchmarks.journey;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.attribution.Attribution;
import org.cxkit.metrics.journey.attribution.MarkovAttribution;
import org.cxkit.metrics.journey.attribution.TransitionCounts;
import org.cxkit.metrics.journey.attribution.TransitionCountsAccumulator;
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
 * Markov attribution of a million journeys (average length 5, 12 channels), first and second order,
 * from the journeys' paths to the channels' credits: the library (transition counts in primitive
 * hash tables, then one inversion and first-visit probabilities) against two hand-written versions
 * in the same run, both counting with {@code HashMap<String, …>}: one solving the reduced chain once
 * per channel by Gaussian elimination (exact), one estimating the removal effects by simulating a
 * million journeys through the chain, as ChannelAttribution does (approximate).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class JourneyAttributionBenchmark {

  @Param({"1000000"})
  int journeys;

  @Param({"1", "2"})
  int order;

  List<JourneyPath> paths;

  @Setup(Level.Trial)
  public void setUp() {
    paths = JourneyData.journeys(journeys, 42);
  }

  /** The library: accumulate the transition counts, fit the chain, credit the channels. */
  @Benchmark
  public Attribution library() {
    TransitionCountsAccumulator counts = TransitionCounts.accumulator(order);
    for (JourneyPath p : paths) {
      counts.add(p);
    }
    return MarkovAttribution.of(counts.snapshot()).attribution();
  }

  /** Hand-written: String-keyed counts, then one Gaussian elimination per channel. */
  @Benchmark
  public double[] handWrittenExact() {
    JourneyData.Chain chain = JourneyData.Chain.count(paths, order);
    return JourneyData.credits(JourneyData.removalEffectsBySolving(chain.index()), chain.conversions);
  }

  /** Hand-written: String-keyed counts, then a million simulated journeys (ChannelAttribution's method). */
  @Benchmark
  public double[] handWrittenSimulation() {
    JourneyData.Chain chain = JourneyData.Chain.count(paths, order);
    return JourneyData.credits(JourneyData.removalEffectsBySimulation(chain.index(), 1_000_000, 256, 7),
        chain.conversions);
  }
}
