package org.cxkit.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.scale.Scale;
import org.cxkit.metrics.drivers.DriverAnalysis;
import org.cxkit.metrics.drivers.DriverModel;
import org.cxkit.metrics.drivers.DriverResponse;
import org.cxkit.metrics.drivers.DriverShare;
import org.cxkit.metrics.drivers.Importance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attribute ratings planted in the shipped sample: key driver analysis of the sample recovers
 * the planted importance in order.
 *
 * <p>Where the expected order comes from. {@link SampleCompany} draws the standardised attribute
 * perceptions {@code z} with the correlation matrix {@code Σ} ({@code ATTRIBUTE_CORRELATIONS}) and
 * makes the answer's latent quality {@code q = wᵀz + e} ({@code ATTRIBUTE_WEIGHTS}), with
 * {@code Var(q) = 1.64}. So the population correlations are known exactly: {@code corr(zᵢ, zⱼ) = Σᵢⱼ}
 * and {@code corr(q, zⱼ) = (Σw)ⱼ / √1.64}. LMG over that matrix is the true importance of each
 * attribute (computed here with the library's {@link Importance#lmg}, which its own module tests
 * against relaimpo): product quality 43.4 %, ease of use 26.6 %, reliability 17.3 %, price for value
 * 9.0 %, support speed 3.7 % — the same order as the weights 0.60 > 0.38 > 0.26 > 0.20 > 0, because
 * the correlations are moderate (0.15 to 0.45) and do not reorder weights this far apart. Support
 * speed, with no weight, gets a share only through its correlation with the others. The sample's
 * ratings are rounded to 1-5 and the score to 0-10, which shrinks R² but leaves the percentages of R²
 * close to the latent ones; 990 respondents (826 complete) put each share within a few points of its
 * true value, so the order is recovered. A simulation of the same model (400 other samples of 990
 * respondents, rounded and skipped as here) recovered the full order in 394 (98.5 %); the misses
 * swapped neighbours.
 */
class PlantedDriversTest {
  private static final Scale RATING = AttributeRating.DEFAULT_SCALE;
  private static DriverModel model;
  private static List<DriverResponse> responses;

  @BeforeAll
  static void join() {
    SampleData sample = SampleData.load();
    Map<List<Object>, Integer> scores = new HashMap<>();
    for (NpsResponse r : sample.npsResponses()) {
      scores.put(List.of(r.customer(), r.answeredAt()), r.score());
    }
    Map<List<Object>, Map<String, Integer>> surveys = new LinkedHashMap<>();
    for (AttributeRating a : sample.attributeRatings()) {
      Map<String, Integer> ratings = surveys.computeIfAbsent(List.<Object>of(a.customer(), a.answeredAt()),
          k -> new HashMap<>());
      a.rating().ifPresent(v -> ratings.put(a.attribute(), v));
    }
    model = DriverModel.onScales("recommend", Scale.ZERO_TO_TEN, SampleCompany.ATTRIBUTES, RATING);
    responses = new ArrayList<>();
    surveys.forEach((key, ratings) -> {
      List<OptionalDouble> answers = new ArrayList<>();
      for (String attribute : SampleCompany.ATTRIBUTES) {
        answers.add(ratings.containsKey(attribute) ? OptionalDouble.of(ratings.get(attribute)) : OptionalDouble.empty());
      }
      Integer score = scores.get(key);
      responses.add(DriverResponse.ofAnswers(score == null ? OptionalDouble.empty() : OptionalDouble.of(score),
          answers));
    });
  }

  /** The population correlation matrix of (q, z) that the planting implies. */
  private static double[][] plantedCorrelations() {
    double[][] sigma = SampleCompany.ATTRIBUTE_CORRELATIONS;
    double[] w = SampleCompany.ATTRIBUTE_WEIGHTS;
    int p = w.length;
    double[][] r = new double[p + 1][p + 1];
    r[0][0] = 1;
    for (int i = 0; i < p; i++) {
      double sigmaW = 0;
      for (int j = 0; j < p; j++) {
        sigmaW += sigma[i][j] * w[j];
        r[i + 1][j + 1] = sigma[i][j];
      }
      r[0][i + 1] = sigmaW / Math.sqrt(SampleCompany.LATENT_VARIANCE);
      r[i + 1][0] = r[0][i + 1];
    }
    return r;
  }

  private static List<String> byShare(Importance importance) {
    return importance.shares().stream().sorted(Comparator.comparingDouble(DriverShare::raw).reversed())
        .map(DriverShare::driver).toList();
  }

  @Test
  void thePlantedImportanceFollowsThePlantedWeights() {
    Importance truth = Importance.lmg(SampleCompany.ATTRIBUTES, plantedCorrelations());
    List<String> byWeight = new ArrayList<>(SampleCompany.ATTRIBUTES);
    byWeight.sort(Comparator.comparingDouble(
        (String a) -> SampleCompany.ATTRIBUTE_WEIGHTS[SampleCompany.ATTRIBUTES.indexOf(a)]).reversed());
    assertEquals(List.of("product-quality", "ease-of-use", "reliability", "price-value", "support-speed"), byWeight);
    assertEquals(byWeight, byShare(truth));
    // wᵀΣw / Var(q) = 1.122 / 1.64, the latent R² of SampleCompany's Javadoc.
    assertEquals(0.684, truth.rSquared(), 5e-4);
    assertEquals(43.4, truth.share("product-quality").percent(), 0.05);
    assertEquals(3.7, truth.share("support-speed").percent(), 0.05);
  }

  @Test
  void theAnalysisOfTheSampleRecoversThePlantedOrder() {
    BulkResult<DriverResponse, DriverAnalysis> result = DriverAnalysis.from(model, responses);
    DriverAnalysis analysis = result.value();
    Importance truth = Importance.lmg(SampleCompany.ATTRIBUTES, plantedCorrelations());
    Importance lmg = analysis.lmg();
    System.out.println("planted LMG %: " + percents(truth) + "; sample (n=" + analysis.sampleSize() + ", R² "
        + String.format("%.3f", lmg.rSquared()) + "): " + percents(lmg) + "; relative weights: "
        + percents(analysis.relativeWeights()));
    assertEquals(byShare(truth), byShare(lmg));
    assertEquals(byShare(truth), byShare(analysis.relativeWeights()));
    for (DriverShare s : lmg.shares()) {
      assertEquals(truth.share(s.driver()).percent(), s.percent(), 3.0, s.driver());
    }
    // Every relationship NPS answer has its ratings; the incomplete ones are set aside, and counted.
    assertEquals(990, result.givenCount());
    assertEquals(result.givenCount(), result.usedCount() + result.setAside().size());
    assertTrue(result.usedCount() > 780, "complete responses: " + result.usedCount());
  }

  @Test
  void supportSpeedGoesWithTheScoreWithoutMovingIt() {
    DriverAnalysis analysis = DriverAnalysis.from(model, responses).value();
    Estimate r = analysis.correlation("support-speed").pearson();
    Estimate beta = analysis.regression().coefficient("support-speed").standardised();
    // Planted weight 0: correlated with the score through the other attributes, nothing of its own.
    assertTrue(r.lower() > 0.15, "r " + r);
    assertTrue(beta.lower() < 0 && beta.upper() > 0, "beta " + beta);
  }

  private static Map<String, String> percents(Importance importance) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String driver : byShare(importance)) {
      out.put(driver, String.format("%.1f", importance.share(driver).percent()));
    }
    return out;
  }
}
