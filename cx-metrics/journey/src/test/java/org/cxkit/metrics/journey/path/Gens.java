package org.cxkit.metrics.journey.path;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.metrics.journey.JourneyPath;
import org.cxkit.metrics.journey.Path;
import org.quicktheories.core.Gen;

/** Generators of journey paths for the property and contract tests. */
public final class Gens {
  private Gens() {}

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  /**
   * Paths of 1 to {@code maxLength} steps over the first {@code channels} letters, converted or not,
   * with values in quarters (sums of them are exact in floating point) and steps an hour apart.
   */
  public static Gen<JourneyPath> journeyPaths(int channels, int maxLength) {
    Gen<List<Integer>> steps = lists().of(integers().between(0, channels - 1)).ofSizeBetween(1, maxLength);
    return steps.zip(booleans().all(), integers().between(0, 400), (s, converted, quarters) -> {
      List<String> labels = new ArrayList<>();
      List<Instant> times = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        labels.add(String.valueOf((char) ('a' + s.get(i))));
        times.add(T0.plus(Duration.ofHours(i)));
      }
      return converted ? JourneyPath.converted(Path.of(labels), times, quarters / 4.0)
          : JourneyPath.notConverted(Path.of(labels), times);
    });
  }
}
