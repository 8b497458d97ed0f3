package org.cxkit.metrics.journey.funnel;

import static org.cxkit.metrics.journey.Touchpoints.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.result.IntervalMethod;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.stat.Intervals;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.metrics.journey.Touchpoints;
import org.junit.jupiter.api.Test;

class StageFunnelTest {
  private static final Instant CUTOFF = day(30);
  private static final JourneyStage PRE = JourneyStage.PRE_PURCHASE;
  private static final JourneyStage PURCHASE = JourneyStage.PURCHASE;
  private static final JourneyStage USE = JourneyStage.CONSUMPTION;
  private static final JourneyStage POST = JourneyStage.POST_PURCHASE;

  /**
   * Eight journeys observed until day 30.
   *
   * <pre>
   * j1: email (pre, day 0), web purchase (2), in-product (use, 5), web (pre, 6: a look back, moves
   *     nothing), phone (post, 10)
   * j2: ad (pre, 0), web (pre, 1), web purchase (4)
   * j3: ad (pre, 0)
   * j4: email (pre, 20), in-product (use, 22): passes through purchase at day 22, in 0 time
   * j5: web (pre, 0), web purchase on day 40, after the cut-off: not observed
   * j6: an exit touchpoint only (day 3): not a funnel stage, not started
   * j7: phone purchase (5) with no pre-purchase touchpoint: reaches pre-purchase and purchase at once
   * j8: no touchpoint at all
   * </pre>
   */
  private static List<Journey> journeys() {
    return List.of(
        Touchpoints.of("j1").exposure("email", PRE, 0).purchase("web", 2, null).exchange("in-product", USE, 5)
            .exposure("web", PRE, 6).exchange("phone", POST, 10).journey(),
        Touchpoints.of("j2").exposure("ad", PRE, 0).exchange("web", PRE, 1).purchase("web", 4, null).journey(),
        Touchpoints.of("j3").exposure("ad", PRE, 0).journey(),
        Touchpoints.of("j4").exposure("email", PRE, 20).exchange("in-product", USE, 22).journey(),
        Touchpoints.of("j5").exposure("web", PRE, 0).purchase("web", 40, null).journey(),
        Touchpoints.of("j6").exchange("phone", JourneyStage.EXIT, 3).journey(),
        Touchpoints.of("j7").purchase("phone", 5, null).journey(),
        Journey.of(CustomerId.of("j8"), List.of()));
  }

  private static StageFunnel funnel() {
    return StageFunnel.of(journeys(), CUTOFF);
  }

  @Test
  void countsTheJourneysThatReachEachStage() {
    StageFunnel f = funnel();
    assertEquals(8, f.count());
    assertEquals(2, f.notStarted()); // j6 and j8
    assertEquals(Map.of(PRE, 6L, PURCHASE, 4L, USE, 2L, POST, 1L), f.reached());
    assertEquals(4, f.reached(PURCHASE));
    assertEquals(ReasonCode.INVALID, assertThrows(InvalidValueException.class, () -> f.reached(JourneyStage.EXIT))
        .reason().code());
    assertEquals(3, f.steps().size());
    assertEquals(StageFunnel.PURCHASE_CYCLE, f.stages());
    assertEquals(CUTOFF, f.cutoff());
  }

  /**
   * Pre-purchase to purchase: six journeys; j1 advanced after 2 days, j2 after 4, j4 after 2 (day 20
   * to 22), j7 at once; j3 and j5 censored at 30 days.
   *
   * <pre>
   * t = 0: 6 at risk, 1 advanced   S = 5/6
   * t = 2: 5 at risk, 2 advanced   S = 5/6 · 3/5 = 1/2
   * t = 4: 3 at risk, 1 advanced   S = 1/2 · 2/3 = 1/3
   * t = 30: 2 at risk, 2 censored
   * Greenwood at t = 2: σ² = 1/(6·5) + 2/(5·3) = 1/6, SE = S σ = 0.5 / √6
   * </pre>
   */
  @Test
  void timeToAdvanceIsAKaplanMeierCurveCensoredAtTheCutoff() {
    StageStep step = funnel().steps().get(0);
    assertEquals(PRE, step.from());
    assertEquals(PURCHASE, step.to());
    assertEquals(6, step.reached());
    assertEquals(4, step.advanced());
    assertEquals(2, step.notAdvanced());
    TimeToAdvance t = step.timeToAdvance();
    assertEquals(6, t.count());
    List<SurvivalPoint> points = t.points();
    assertEquals(List.of(Duration.ZERO, Duration.ofDays(2), Duration.ofDays(4), Duration.ofDays(30)),
        points.stream().map(SurvivalPoint::time).toList());
    assertEquals(List.of(6L, 5L, 3L, 2L), points.stream().map(SurvivalPoint::atRisk).toList());
    assertEquals(List.of(1L, 2L, 1L, 0L), points.stream().map(SurvivalPoint::advanced).toList());
    assertEquals(List.of(0L, 0L, 0L, 2L), points.stream().map(SurvivalPoint::censored).toList());
    assertEquals(5.0 / 6, points.get(0).survival(), 1e-15);
    assertEquals(0.5, points.get(1).survival(), 1e-15);
    assertEquals(1.0 / 3, points.get(3).survival(), 1e-15);
    assertEquals(0.5 / Math.sqrt(6), points.get(1).standardError(), 1e-15);
    assertEquals(Optional.of(Duration.ofDays(2)), t.median());

    Estimate s = t.survivalAt(Duration.ofDays(3));
    assertEquals(0.5, s.value(), 1e-15);
    assertEquals(IntervalMethod.GREENWOOD_LOG_LOG, s.method());
    assertEquals(6, s.n());
    assertEquals(points.get(1).lower(), s.lower());
    Estimate within = t.advancedWithin(Duration.ofDays(3));
    assertEquals(0.5, within.value(), 1e-15);
    assertEquals(1 - s.upper(), within.lower(), 1e-15);
    assertEquals(1, t.survivalAt(Duration.ofDays(-1)).value());
    assertEquals(5.0 / 6, t.survivalAt(Duration.ofHours(1)).value(), 1e-15);
  }

  @Test
  void theAdvancedShareIsThePlainFunnelConversion() {
    StageStep step = funnel().steps().get(0);
    assertEquals(Intervals.wilson(4, 6, Confidence.DEFAULT), step.advancedShare());
    assertEquals(Intervals.wilson(2, 6, Confidence.DEFAULT), step.dropOff());
  }

  @Test
  void dropOffByTheChannelOfTheLastTouchpointInTheStage() {
    // In pre-purchase: j1 email, j2 web (its last before the purchase), j3 ad, j4 email, j5 web; j7 had
    // no pre-purchase touchpoint and is not in the table.
    assertEquals(List.of(new ChannelDropOff(Channel.of("ad"), 1, 1), new ChannelDropOff(Channel.of("email"), 2, 0),
        new ChannelDropOff(Channel.of("web"), 2, 1)), funnel().steps().get(0).byChannel());
    // In purchase: j1 web (advanced), j2 web (not), j7 phone (not); j4 passed through without a touchpoint.
    assertEquals(List.of(new ChannelDropOff(Channel.of("phone"), 1, 1), new ChannelDropOff(Channel.of("web"), 2, 1)),
        funnel().steps().get(1).byChannel());
    assertEquals(Intervals.wilson(1, 2, Confidence.DEFAULT), funnel().steps().get(1).byChannel().get(1).dropOff());
  }

  /**
   * Purchase to consumption: j1 after 3 days, j4 at once; j2 censored after 26 days (day 4 to 30),
   * j7 after 25. S = 3/4 at 0, 3/4 · 2/3 = 1/2 at 3 days. Consumption to post-purchase: j1 after 5
   * days, j4 censored after 8: S = 1/2 at 5 days.
   */
  @Test
  void laterSteps() {
    StageStep purchase = funnel().steps().get(1);
    assertEquals(4, purchase.reached());
    assertEquals(2, purchase.advanced());
    assertEquals(List.of(Duration.ZERO, Duration.ofDays(3), Duration.ofDays(25), Duration.ofDays(26)),
        purchase.timeToAdvance().points().stream().map(SurvivalPoint::time).toList());
    assertEquals(Optional.of(Duration.ofDays(3)), purchase.timeToAdvance().median());
    StageStep use = funnel().steps().get(2);
    assertEquals(USE, use.from());
    assertEquals(POST, use.to());
    assertEquals(2, use.reached());
    assertEquals(1, use.advanced());
    assertEquals(0.5, use.timeToAdvance().survivalAt(Duration.ofDays(6)).value());
    assertEquals(List.of(new ChannelDropOff(Channel.of("in-product"), 2, 1)), use.byChannel());
  }

  @Test
  void aMedianBeyondTheDataIsEmpty() {
    // j3, j4, j5: only j4 advanced (after 2 days), so S = 2/3 at 2 days and stays above 1/2.
    StageStep step = StageFunnel.of(journeys().subList(2, 5), CUTOFF).steps().get(0);
    assertEquals(3, step.reached());
    assertEquals(Optional.empty(), step.timeToAdvance().median());
    assertEquals(2.0 / 3, step.timeToAdvance().survivalAt(Duration.ofDays(29)).value(), 1e-15);
    StageStep none = StageFunnel.of(List.of(journeys().get(2)), CUTOFF).steps().get(0);
    assertEquals(Optional.empty(), none.timeToAdvance().median());
    assertEquals(Optional.empty(), none.timeToAdvance().medianLower());
    assertEquals(Optional.empty(), none.timeToAdvance().medianUpper());
  }

  @Test
  void customStagesAndTheirChecks() {
    StageFunnel f = StageFunnel.of(journeys(), CUTOFF, List.of(PRE, JourneyStage.EXIT), Confidence.ofLevel(0.9));
    assertEquals(1, f.steps().size());
    // j7's purchase is outside these stages; j6's exit reaches both at once.
    assertEquals(6, f.reached(PRE));
    assertEquals(1, f.reached(JourneyStage.EXIT));
    assertEquals(ReasonCode.OUT_OF_ORDER, assertThrows(InvalidValueException.class,
        () -> StageFunnel.of(journeys(), CUTOFF, List.of(PURCHASE, PRE), Confidence.DEFAULT)).reason().code());
    assertThrows(InvalidValueException.class,
        () -> StageFunnel.of(journeys(), CUTOFF, List.of(PRE, PRE), Confidence.DEFAULT));
    assertThrows(InvalidValueException.class, () -> StageFunnel.of(journeys(), CUTOFF, List.of(PRE), Confidence.DEFAULT));
  }

  @Test
  void noJourneysGiveEmptySteps() {
    StageFunnel f = StageFunnel.of(List.of(), CUTOFF);
    assertEquals(0, f.count());
    assertEquals(0, f.notStarted());
    StageStep step = f.steps().get(0);
    assertEquals(0, step.reached());
    assertEquals(List.of(), step.byChannel());
    assertEquals(List.of(), step.timeToAdvance().points());
    assertThrows(IllegalStateException.class, step::advancedShare);
    assertThrows(IllegalStateException.class, step::dropOff);
    assertThrows(IllegalStateException.class, () -> step.timeToAdvance().survivalAt(Duration.ZERO));
  }
}
