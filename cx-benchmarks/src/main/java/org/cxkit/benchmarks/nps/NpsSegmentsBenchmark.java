package org.cxkit.benchmarks.nps;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.result.Breakdown;
import org.cxkit.metrics.nps.NpsTally;
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
 * Segmented tallies over 50 segments keyed by name: the library's way, a core {@link Breakdown} with
 * {@link NpsTally#toTally(java.util.function.ToIntFunction)} downstream, against two hand-written
 * loops in the same run, one with a {@code HashMap<String, long[]>} (what generic hand code looks
 * like) and one with an array indexed by a dense segment number (the upper bound, possible only when
 * keys are small integers). The breakdown walks one small object per answer, built in the set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NpsSegmentsBenchmark {

  @Param({"100000"})
  int size;

  @Param({"50"})
  int segments;

  int[] scores;
  int[] segmentIds;
  String[] keys;
  Answer[] answers;

  /** An answer with its segment, as a stream of survey rows would carry it. */
  record Answer(String key, int score) {}

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    String[] names = new String[segments];
    for (int k = 0; k < segments; k++) {
      names[k] = "segment-" + k;
    }
    scores = new int[size];
    segmentIds = new int[size];
    keys = new String[size];
    answers = new Answer[size];
    for (int i = 0; i < size; i++) {
      scores[i] = random.nextInt(11);
      segmentIds[i] = random.nextInt(segments);
      keys[i] = names[segmentIds[i]];
      answers[i] = new Answer(keys[i], scores[i]);
    }
  }

  /** Baseline: a hand-written loop into a map of count arrays. */
  @Benchmark
  public Map<String, long[]> handWrittenHashMap() {
    Map<String, long[]> counts = new HashMap<>();
    for (int i = 0; i < scores.length; i++) {
      long[] c = counts.computeIfAbsent(keys[i], k -> new long[3]);
      int s = scores[i];
      c[s >= 9 ? 2 : s >= 7 ? 1 : 0]++;
    }
    return counts;
  }

  /** Upper bound: a hand-written loop into an array indexed by segment number. */
  @Benchmark
  public long[][] handWrittenDenseArray() {
    long[][] counts = new long[segments][3];
    for (int i = 0; i < scores.length; i++) {
      int s = scores[i];
      counts[segmentIds[i]][s >= 9 ? 2 : s >= 7 ? 1 : 0]++;
    }
    return counts;
  }

  /** The library's breakdown by segment, on a sequential stream. */
  @Benchmark
  public Breakdown<String, NpsTally> breakdown() {
    return Arrays.stream(answers).collect(Breakdown.by(Answer::key, NpsTally.toTally(Answer::score)));
  }
}
