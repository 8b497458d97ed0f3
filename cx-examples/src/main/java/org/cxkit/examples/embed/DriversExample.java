package org.cxkit.examples.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.scale.Scale;
import org.cxkit.metrics.drivers.DriverAnalysis;
import org.cxkit.metrics.drivers.DriverMatrix;
import org.cxkit.metrics.drivers.DriverModel;
import org.cxkit.metrics.drivers.DriverPoint;
import org.cxkit.metrics.drivers.DriverResponse;
import org.cxkit.metrics.drivers.DriverShare;
import org.cxkit.metrics.drivers.DriverSums;

/**
 * Embeds {@code cx-metrics-drivers}: thirteen respondents rated product quality, price and support
 * on 1 to 5 and said how likely they are to recommend on 0 to 10; one skipped the price question.
 * Prints each driver's correlation with the outcome, the R² of the three together, each driver's
 * LMG share of that R², and the driver matrix. Every figure is an association among these
 * respondents, not a cause.
 */
public final class DriversExample {
  /** The outcome and the drivers, on their scales: answers off a scale are set aside, not clamped. */
  static final DriverModel MODEL = DriverModel.onScales("recommend", Scale.ZERO_TO_TEN,
      List.of("quality", "price", "support"), Scale.ONE_TO_FIVE);

  /** One row a respondent: recommend, quality, price, support. The last one skipped price. */
  static final double[][] ANSWERS = {
      {9, 5, 3, 4}, {8, 4, 3, 5}, {6, 3, 2, 4}, {10, 5, 4, 5}, {4, 2, 2, 3},
      {7, 4, 2, 3}, {5, 3, 3, 2}, {9, 4, 4, 4}, {3, 2, 1, 3}, {8, 5, 2, 3},
      {6, 3, 4, 3}, {7, 4, 3, 2}};
  /** The thirteenth respondent: recommend 8, quality 5, price not answered, support 4. */
  static final DriverResponse INCOMPLETE = DriverResponse.ofAnswers(OptionalDouble.of(8),
      List.of(OptionalDouble.of(5), OptionalDouble.empty(), OptionalDouble.of(4)));

  private DriversExample() {}

  /**
   * Prints the figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<DriverResponse> responses = responses();
    // Listwise deletion (the default): every figure rests on the same complete responses, and the
    // incomplete one is set aside with its reason and the first question it lacks, never dropped silently.
    BulkResult<DriverResponse, DriverAnalysis> result = DriverAnalysis.from(MODEL, responses);
    System.out.printf(Locale.ROOT, "%d responses given, %d used%n", result.givenCount(), result.usedCount());
    for (SetAside<DriverResponse> s : result.setAside()) {
      System.out.printf(Locale.ROOT, "  set aside response #%d: %s%n", s.position() + 1, s.reason());
    }
    DriverAnalysis analysis = result.value();

    // Correlation alone overstates drivers that move together: all three go with recommending.
    // Twelve respondents are far below the minimum n of 30, hence the wide Fisher z intervals.
    System.out.println("Pearson r with recommend:");
    for (String d : MODEL.drivers()) {
      Estimate r = analysis.correlation(d).pearson();
      System.out.printf(Locale.ROOT, "  %-8s r = %.3f (n=%d, 95%% CI %.3f to %.3f)%n", d, r.value(), r.n(), r.lower(),
          r.upper());
    }

    // LMG shares R² by averaging each driver's gain in R² over every order of entry, so the shares
    // add up to R² exactly however correlated the drivers are.
    System.out.printf(Locale.ROOT, "R² = %.4f, shared by LMG:%n", analysis.regression().rSquared());
    for (DriverShare s : analysis.lmg().shares()) {
      System.out.printf(Locale.ROOT, "  %-8s %.1f%% of R² (rank %d)%n", s.driver(), s.percent(), s.rank());
    }

    // The matrix cuts at a fair share (100/3 %) of importance and at the drivers' mean rating:
    // IMPROVE is where an important driver is rated below the others.
    DriverMatrix matrix = analysis.matrix();
    System.out.printf(Locale.ROOT, "Driver matrix, cuts at %.1f%% importance and %.2f mean rating:%n",
        matrix.importanceCut(), matrix.performanceCut());
    for (String d : MODEL.drivers()) {
      DriverPoint p = matrix.point(d);
      System.out.printf(Locale.ROOT, "  %-8s %-8s (importance %.1f%%, mean rating %.2f)%n", d, p.quadrant(),
          p.importance(), p.performance());
    }

    // The sums are mergeable: collected on a parallel stream they agree with the bulk result's.
    DriverSums parallel = responses.parallelStream().collect(DriverSums.toDriverSums(MODEL));
    System.out.println("Parallel stream gives the same sums: " + parallel.agreesWith(analysis.sums(), 1e-12));
  }

  /** The twelve complete responses, then the incomplete one. */
  static List<DriverResponse> responses() {
    List<DriverResponse> responses = new ArrayList<>();
    for (double[] a : ANSWERS) {
      responses.add(DriverResponse.of(a[0], a[1], a[2], a[3]));
    }
    responses.add(INCOMPLETE);
    return responses;
  }
}
