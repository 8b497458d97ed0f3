package org.cxkit.benchmarks.nps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.feedback.SurveyKind;
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
 * Tallying a list of {@link NpsResponse} objects: {@link NpsTally#ofResponses(Iterable)} and the
 * stream collector against a hand-written loop over the same list, in the same run. The cost is
 * dominated by walking the objects (a pointer chase per response), not by the tally.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NpsResponsesBenchmark {

  @Param({"100000"})
  int size;

  List<NpsResponse> responses;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    responses = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      responses.add(NpsResponse.builder()
          .customer(CustomerId.of("c" + i))
          .answeredAt(start.plusSeconds(i))
          .score(random.nextInt(11))
          .survey(SurveyKind.RELATIONSHIP)
          .build());
    }
  }

  /** The baseline: a hand-written loop over the list. */
  @Benchmark
  public long handWrittenLoop() {
    long detractors = 0;
    long passives = 0;
    long promoters = 0;
    for (NpsResponse r : responses) {
      int s = r.score();
      if (s >= 9) {
        promoters++;
      } else if (s >= 7) {
        passives++;
      } else {
        detractors++;
      }
    }
    return detractors + 3 * passives + 7 * promoters;
  }

  /** The second baseline: a hand-written histogram loop, free of data-dependent branches. */
  @Benchmark
  public long handWrittenHistogram() {
    long[] bins = new long[11];
    for (NpsResponse r : responses) {
      bins[r.score()]++;
    }
    long detractors = bins[0] + bins[1] + bins[2] + bins[3] + bins[4] + bins[5] + bins[6];
    return detractors + 3 * (bins[7] + bins[8]) + 7 * (bins[9] + bins[10]);
  }

  /** The library's bulk tally of responses. */
  @Benchmark
  public NpsTally ofResponses() {
    return NpsTally.ofResponses(responses);
  }

  /** The library's collector on a sequential stream. */
  @Benchmark
  public NpsTally streamCollector() {
    return responses.stream().collect(NpsTally.toTally());
  }
}
