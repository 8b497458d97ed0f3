package org.cxkit.metrics.drivers;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cxkit.core.scale.Scale;

/**
 * A small survey generated in R 4.2.2 for these tests (not real data): 60 respondents, likelihood to
 * recommend on 0 to 10 and four attributes on 1 to 5, quality and price correlated, then four answers
 * of each question blanked at random ({@code M}), leaving 43 complete responses:
 *
 * <pre>
 * set.seed(16); n <- 60
 * quality <- sample(1:5, n, TRUE, prob = c(.05, .1, .25, .35, .25))
 * price <- pmin(5, pmax(1, quality + sample(-2:1, n, TRUE)))
 * ease <- sample(1:5, n, TRUE)
 * support <- sample(1:5, n, TRUE, prob = c(.1, .15, .3, .3, .15))
 * recommend <- pmin(10, pmax(0, round(-1 + quality + 0.4 * price + 0.6 * ease + 0.3 * support + rnorm(n, 0, 1.2))))
 * d <- data.frame(recommend, quality, price, ease, support)
 * set.seed(17); for (v in names(d)) d[[v]][sample(n, 4)] <- NA
 * </pre>
 */
final class Survey {
  private Survey() {}

  private static final double M = Double.NaN;

  static final DriverModel MODEL = DriverModel.onScales("recommend", Scale.ZERO_TO_TEN,
      List.of("quality", "price", "ease", "support"), Scale.ONE_TO_FIVE);

  /** The same variables as any numbers: no scales. */
  static final DriverModel UNSCALED = DriverModel.of("recommend", List.of("quality", "price", "ease", "support"));

  /** recommend, quality, price, ease, support; M for a missing answer. */
  static final double[][] DATA = {
      {6, 5, 3, M, 1},
      {5, 4, 2, 5, 2},
      {6, 3, 1, 5, 5},
      {4, 4, 2, 2, 3},
      {5, 2, 3, 3, 2},
      {7, 4, 3, 2, M},
      {7, 4, 2, 4, 3},
      {7, 5, 5, 1, 4},
      {5, 2, 1, 4, 4},
      {7, 4, 3, M, 3},
      {8, 4, 2, 4, 4},
      {6, 3, 1, 5, 1},
      {6, 4, 3, 2, 4},
      {9, 5, 5, 5, 4},
      {7, 3, 4, 3, 3},
      {5, 4, 3, 1, 4},
      {6, 5, 3, M, 4},
      {8, 5, 5, 2, 4},
      {9, 5, 5, 3, 4},
      {6, 4, 4, 1, M},
      {4, 1, 2, 1, 5},
      {7, 5, M, 1, 5},
      {5, 3, 1, 2, 1},
      {7, 3, 3, 5, 4},
      {7, 4, 4, 4, 3},
      {10, 5, 5, 4, 3},
      {3, 1, 1, 2, 3},
      {3, 1, 1, 1, 1},
      {7, 5, 5, 3, 4},
      {M, 3, 4, 2, M},
      {8, 4, 2, 4, 5},
      {6, 2, 2, 5, 3},
      {M, 5, 5, 3, 4},
      {6, 2, 1, 3, 4},
      {9, 5, 3, 4, 2},
      {4, 3, 2, 1, 5},
      {6, 4, 2, 2, 3},
      {3, 2, 3, 2, 1},
      {5, M, M, 2, 2},
      {M, 4, 4, 2, 5},
      {3, 4, 3, 1, 1},
      {3, 3, M, 4, 2},
      {5, 3, 1, 4, 3},
      {10, M, 5, 5, 3},
      {3, 3, M, 2, 2},
      {7, 5, 4, 4, 1},
      {4, M, 1, M, 3},
      {9, 4, 4, 3, 4},
      {9, 4, 2, 5, 2},
      {M, 5, 4, 2, 4},
      {4, 2, 2, 2, 3},
      {5, 3, 4, 2, 4},
      {2, 2, 1, 1, 3},
      {8, 4, 3, 3, 5},
      {7, M, 4, 2, 4},
      {6, 5, 3, 1, M},
      {9, 5, 5, 4, 4},
      {10, 5, 5, 4, 4},
      {5, 3, 3, 2, 4},
      {9, 5, 5, 1, 4},
  };

  static DriverResponse response(double[] row) {
    return DriverResponse.ofAnswers(answer(row[0]),
        IntStream.range(1, row.length).mapToObj(i -> answer(row[i])).toList());
  }

  private static OptionalDouble answer(double x) {
    return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
  }

  static List<DriverResponse> responses() {
    return Stream.of(DATA).map(Survey::response).toList();
  }
}
