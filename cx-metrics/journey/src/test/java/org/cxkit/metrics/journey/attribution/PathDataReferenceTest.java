package org.cxkit.metrics.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cxkit.core.result.Estimate;
import org.cxkit.metrics.journey.PathCount;
import org.cxkit.metrics.journey.path.PathCounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Attribution on ChannelAttribution's {@code PathData}: 10,000 rows (5,408 distinct paths) of 12
 * channels, 88,387 journeys, 19,785 conversions worth 74,802.97.
 *
 * <p>Expected values are computed independently of this library, with numpy 2.4 in a script kept out
 * of the project (its method is described at each test): they are not ChannelAttribution's own
 * output, which cannot be installed here (CRAN is unreachable) and, for the Markov model, is a
 * simulation. No published ChannelAttribution figures for {@code PathData} were found (the package's
 * vignette works the three-path example reproduced in {@code MarkovAttributionTest}). The heuristic
 * figures are ChannelAttribution's definitions ({@code heuristic_models}: first, last and linear
 * touch, repeats counted), so they are what that function returns up to floating-point summation
 * order.
 */
@Tag(PathData.TAG)
class PathDataReferenceTest {
  private static final List<String> CHANNELS = List.of("alpha", "beta", "delta", "epsilon", "eta", "gamma", "iota",
      "kappa", "lambda", "mi", "theta", "zeta");

  private static List<PathCount> rows;
  private static PathCounts counts;

  @BeforeAll
  static void read() {
    rows = PathData.rows();
    counts = PathCounts.of(rows);
  }

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
  }

  private static void assertCredits(Attribution a, double[] conversions, double[] value) {
    for (int c = 0; c < CHANNELS.size(); c++) {
      Credit credit = a.credit(CHANNELS.get(c)).orElseThrow();
      assertClose(conversions[c], credit.conversions(), a.model() + " " + CHANNELS.get(c));
      assertClose(value[c], credit.value(), a.model() + " value " + CHANNELS.get(c));
    }
  }

  @Test
  void theDataAsPublished() {
    assertEquals(10_000, rows.size());
    assertEquals(5_408, counts.distinctPaths());
    assertEquals(88_387, counts.count());
    assertEquals(19_785, counts.conversions());
    assertClose(74_802.97158721073, counts.value(), "value");
    assertEquals(CHANNELS, List.copyOf(counts.labels()));
  }

  /**
   * Reference: each of the 10,000 rows read as given (not aggregated by path), its conversions and
   * value given whole to the first step, to the last step, {@code 1/L} to each of its {@code L} steps,
   * and 0.4 / 0.2 shared / 0.4 (halves for two steps), summed per channel in Python.
   */
  @Test
  void ruleBasedModelsAgreeWithADirectComputation() {
    assertCredits(PathRule.FIRST_TOUCH.attribute(counts),
        new double[] {6308, 2831, 1, 99, 3164, 165, 4606, 74, 902, 2, 1606, 27},
        new double[] {19121.272355798723, 12235.5917443553, 6.119, 412.30124285714277, 11909.47621303163,
            718.9779918300652, 19597.261276975205, 305.74325, 3735.602164915967, 5.273, 6652.349347446829, 103.004});
    assertCredits(PathRule.LAST_TOUCH.attribute(counts),
        new double[] {8447, 989, 5, 531, 4167, 92, 3355, 230, 1207, 2, 653, 107},
        new double[] {28414.21427436393, 3850.020987258204, 10.972, 2202.612289285718, 16754.203800105723,
            506.0139918300656, 13487.97427135771, 1069.38425, 5249.949985427813, 5.273, 2799.091987581701,
            453.26075000000003});
    assertCredits(PathRule.LINEAR.attribute(counts),
        new double[] {7574.718593751175, 2083.500144589048, 1.7249999999999999, 272.17043772045923, 3539.9511571005764,
            121.04163902026706, 3857.096221017706, 137.96407792227836, 1035.257572285534, 2.2222222222222223,
            1022.8013939042202, 136.55154046644455},
        new double[] {24524.709568833514, 8954.266716607715, 4.404050000000001, 1106.2700652665435, 13783.497050920156,
            569.4173578910572, 15988.988995023497, 599.7477862552656, 4430.316169428424, 6.081444444444444,
            4295.743619487215, 539.5287630528443});
    assertCredits(PathRule.POSITION_BASED.attribute(counts),
        new double[] {7444.823759233388, 1969.7661789685692, 2.5866666666666664, 301.0502327824374, 3618.7961487619173,
            125.24091092382908, 3944.9481656554203, 147.45955651693913, 1046.9039013853771, 2.057142857142857,
            1092.7444717568865, 88.6228644916078},
        new double[] {24025.630158150434, 8361.508520116493, 7.264066666666667, 1243.7303117041936, 14117.953366720365,
            595.6292311937641, 16388.25277456554, 660.5697426767141, 4462.930339272598, 5.480885714285714,
            4575.033923027936, 358.9882674016561});
  }

  /**
   * Reference: the transition counts built from the rows with ChannelAttribution's conventions (each
   * row's transitions weighted by its conversions plus nulls, consecutive repeats merged, the last
   * state to conversion and null by the row's counts, the row's value on its last state); then, for
   * each channel, the chain with that channel's states made to lead nowhere (their rows of {@code Q}
   * and {@code r} zeroed), {@code (I − Q) x = r} solved by {@code numpy.linalg.solve} (LAPACK
   * {@code gesv}) for the conversion and the value vector, and the removal effect
   * {@code 1 − p₀ᵀx_removed / p₀ᵀx}: the literal definition, one solve per channel, where the
   * library uses one inverse and first-visit probabilities.
   */
  @Test
  void firstOrderMarkovAgreesWithTheReducedChainsSolvedIndependently() {
    MarkovAttribution m = MarkovAttribution.of(counts, 1);
    assertEquals(12, m.transitionCounts().states().size());
    assertClose(19_785.0 / 88_387, m.conversionProbability(), "P(conversion)");
    assertClose(0.22384513559686378, m.conversionProbability(), "P(conversion), numpy");
    assertClose(0.8463119190289394, m.expectedValue(), "expected value, numpy");
    double[] re = {0.5583994895077468, 0.26403853574123637, 0.00048199575803842265, 0.06263858227549068,
        0.34902633187114596, 0.017879974419968914, 0.4058350044719441, 0.02866338665546586, 0.1340221228097005,
        0.00017994581989400071, 0.20601046277277013, 0.03981051781738343};
    double[] reValue = {0.5229855895869646, 0.26951107128227825, 0.0003872040107039121, 0.06533863274758211,
        0.36142504344973714, 0.02000888556840208, 0.41669427934490955, 0.03160565099933521, 0.1430684714817605,
        0.00015146411149724592, 0.20895443705742167, 0.040858744644512335};
    for (int c = 0; c < CHANNELS.size(); c++) {
      RemovalEffect e = m.removalEffect(CHANNELS.get(c)).orElseThrow();
      assertClose(re[c], e.conversions(), "removal effect " + CHANNELS.get(c));
      assertClose(reValue[c], e.value(), "value removal effect " + CHANNELS.get(c));
    }
    assertCredits(m.attribution(),
        new double[] {5344.947682085161, 2527.352166520386, 4.613618311100922, 599.5706504632109, 3340.8474015008696,
            171.1454426937276, 3884.6147018750908, 274.36325595479894, 1282.847223394361, 1.7224245562817797,
            1971.9128798869242, 381.06255275808513},
        new double[] {18799.170626191568, 9687.809216090704, 13.91838400388304, 2348.6538251922793, 12991.736666695453,
            719.2367463459232, 14978.437288395482, 1136.0925381473915, 5142.720297012702, 5.444508859278521,
            7511.048475436205, 1468.703014839863});
  }

  /** Reference: as for order 1, with windows of two channels as states (120 of them occur). */
  @Test
  void secondOrderMarkovAgreesWithTheReducedChainsSolvedIndependently() {
    MarkovAttribution m = MarkovAttribution.of(counts, 2);
    assertEquals(120, m.transitionCounts().states().size());
    assertClose(0.22384513559686375, m.conversionProbability(), "P(conversion), numpy");
    assertCredits(m.attribution(),
        new double[] {5617.453853893062, 2439.6489761205034, 5.159056315718551, 614.3735234999242, 3391.858163429214,
            171.91818323851038, 3810.5110441983934, 266.02705372104464, 1189.4720217747988, 2.0731886391127667,
            1902.4736100648856, 374.03132510483437},
        new double[] {19194.515704109413, 9759.590908865835, 14.469891928747742, 2395.6339260742784, 13007.57645548745,
            747.0360657230741, 14851.058994157933, 1132.757839285708, 4861.827307603442, 6.191592756403908,
            7392.077193900873, 1440.2357073175815});
    assertClose(0.547803282063509, m.removalEffect("alpha").orElseThrow().conversions(), "removal effect alpha");
    assertClose(0.0005031012368962307, m.removalEffect("delta").orElseThrow().conversions(), "removal effect delta");
  }

  /** 200 replicates over the 88,387 journeys: narrow intervals around the shares, reproducible. */
  @Test
  void bootstrapIntervalsOfTheFirstOrderShares() {
    MarkovBootstrap b = MarkovBootstrap.of(counts, 1, 200, 2016);
    assertEquals(200, b.usable());
    for (Estimate s : b.conversionShares().values()) {
      assertTrue(s.contains(s.value()), s.toString());
      assertTrue(s.upper() - s.lower() < 0.02, s.toString());
    }
    assertEquals(b.conversionShares(), MarkovBootstrap.of(counts, 1, 200, 2016).conversionShares());
  }
}
