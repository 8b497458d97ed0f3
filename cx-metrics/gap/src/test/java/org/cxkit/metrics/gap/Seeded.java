package org.cxkit.metrics.gap;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/** Test generators: items drawn from a seed each, so that a figure's random function reads like a loop. */
public final class Seeded {
  private Seeded() {}

  /**
   * Returns a generator of items, each drawn by a random function from a fresh seed.
   *
   * @param random draws one item
   * @param <X> the item type
   * @return the generator
   */
  public static <X> Gen<X> seeded(Function<SplittableRandom, X> random) {
    return longs().all().map(seed -> random.apply(new SplittableRandom(seed)));
  }
}
