package org.cxkit.metrics.journey;

import static org.cxkit.metrics.journey.Touchpoints.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.touchpoint.Commitment;
import org.cxkit.core.touchpoint.JourneyStage;
import org.junit.jupiter.api.Test;

class PathRulesTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  /** email (day 0), web chat (1), web chat (2), web purchase of EUR 30 (3), email after it (4). */
  private static Journey buyer() {
    return Touchpoints.of("c1")
        .exposure("email", 0)
        .exchange("web", JourneyStage.PRE_PURCHASE, 1)
        .exchange("web", JourneyStage.PRE_PURCHASE, 2)
        .purchase("web", 3, "EUR 30.00")
        .exposure("email", JourneyStage.POST_PURCHASE, 4)
        .journey();
  }

  @Test
  void theDefaultPathRunsToTheFirstEngagementWithRepeatsKeptAndNoValue() {
    JourneyPath p = PathRules.DEFAULT.pathOf(buyer());
    assertEquals(Path.parse("email > web > web > web"), p.path());
    assertEquals(List.of(day(0), day(1), day(2), day(3)), p.times());
    assertTrue(p.converted());
    assertEquals(0, p.value()); // values are not read without a currency
    assertEquals(Optional.of(day(3)), p.convertedAt());
    assertEquals(Optional.of(Duration.ofDays(3)), p.timeToConversion());
    assertEquals(day(0), p.start());
  }

  @Test
  void collapsedRepeatsAreOneStepTimedAtTheRunsLastTouch() {
    JourneyPath p = PathRules.DEFAULT.withRepeats(Repeats.COLLAPSE).pathOf(buyer());
    assertEquals(Path.parse("email > web"), p.path());
    assertEquals(List.of(day(0), day(3)), p.times()); // the web run ended with the purchase, day 3
    assertEquals(day(0), p.start());
    assertEquals(Optional.of(Duration.ofDays(3)), p.timeToConversion());
  }

  @Test
  void valuesAreReadInTheRulesCurrencyAndAnotherCurrencyIsAMismatch() {
    assertEquals(30.0, PathRules.DEFAULT.withValueIn(EUR).pathOf(buyer()).value());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PathRules.DEFAULT.withValueIn(Currency.getInstance("USD")).pathOf(buyer()));
    assertEquals(ReasonCode.CURRENCY_MISMATCH, e.reason().code());
    assertTrue(e.getMessage().startsWith("Invalid value for value (in USD): EUR 30.00"), e.getMessage());
  }

  @Test
  void anEngagementWithoutAValueIsWorthZero() {
    Journey j = Touchpoints.of("c2").exposure("ad", 0)
        .engagement("web", JourneyStage.PRE_PURCHASE, 1, Commitment.TRIAL_SIGN_UP, null).journey();
    JourneyPath p = PathRules.DEFAULT.withValueIn(EUR).pathOf(j);
    assertTrue(p.converted());
    assertEquals(0, p.value());
  }

  @Test
  void aGivenCommitmentIsTheConversionAndOtherEngagementsAreSteps() {
    Journey j = Touchpoints.of("c3")
        .exposure("ad", 0)
        .engagement("web", JourneyStage.PRE_PURCHASE, 1, Commitment.TRIAL_SIGN_UP, null)
        .exposure("email", 2)
        .purchase("phone", 3, "EUR 99.00")
        .journey();
    JourneyPath any = PathRules.DEFAULT.pathOf(j);
    assertEquals(Path.parse("ad > web"), any.path());
    JourneyPath purchase = PathRules.DEFAULT.withConversion(Conversion.of(Commitment.PURCHASE)).withValueIn(EUR).pathOf(j);
    assertEquals(Path.parse("ad > web > email > phone"), purchase.path());
    assertEquals(99.0, purchase.value());
    assertEquals(Optional.of(Duration.ofDays(3)), purchase.timeToConversion());
    JourneyPath renewal = PathRules.DEFAULT.withConversion(Conversion.of(Commitment.RENEWAL)).pathOf(j);
    assertFalse(renewal.converted());
    assertEquals(4, renewal.path().length());
  }

  @Test
  void aJourneyThatNeverConvertsKeepsEveryTouchpoint() {
    Journey j = Touchpoints.of("c4").exposure("ad", 0).exposure("ad", 1).exchange("chat", JourneyStage.PRE_PURCHASE, 5)
        .journey();
    JourneyPath p = PathRules.DEFAULT.pathOf(j);
    assertEquals(Path.parse("ad > ad > chat"), p.path());
    assertFalse(p.converted());
    assertEquals(Optional.empty(), p.convertedAt());
    assertEquals(Optional.empty(), p.timeToConversion());
    assertEquals(PathCount.of(p.path(), 0, 0, 1), p.toPathCount());
  }

  @Test
  void kindsAndStagesAreStepsToo() {
    assertEquals(Path.parse("exposure > interaction > interaction > engagement"),
        PathRules.DEFAULT.withElement(PathElement.TOUCHPOINT_KIND).pathOf(buyer()).path());
    assertEquals(Path.parse("pre-purchase > purchase"), PathRules.DEFAULT.withElement(PathElement.STAGE)
        .withRepeats(Repeats.COLLAPSE).pathOf(buyer()).path());
  }

  @Test
  void invalidJourneysAreSetAsideInBulkWithTheirReasons() {
    Journey empty = Journey.of(CustomerId.of("c0"), List.of());
    Journey badLabel = Touchpoints.of("c5").exposure(" web", 0).journey();
    BulkResult<Journey, List<JourneyPath>> result = PathRules.DEFAULT.withValueIn(Currency.getInstance("USD"))
        .pathsOf(List.of(buyer(), empty, badLabel,
            Touchpoints.of("c6").exposure("ad", 0).journey()));
    assertEquals(1, result.usedCount());
    assertEquals(4, result.givenCount());
    assertEquals(Map.of(ReasonCode.CURRENCY_MISMATCH, 1L, ReasonCode.MISSING, 1L, ReasonCode.MALFORMED, 1L),
        result.reasonCounts());
    assertEquals(1, result.setAside().get(1).position());
    assertEquals("Invalid value for journey (must have at least one touchpoint): no touchpoint for customer c0",
        result.setAside().get(1).reason().message());
  }

  @Test
  void rulesCompareByValue() {
    assertEquals(PathRules.of(PathElement.CHANNEL, Repeats.KEEP, Conversion.anyEngagement()), PathRules.DEFAULT);
    assertEquals(Conversion.of(Commitment.PURCHASE), Conversion.of(Commitment.of("purchase")));
    assertEquals(Optional.of(EUR), PathRules.DEFAULT.withValueIn(EUR).valueCurrency());
    assertEquals(Optional.empty(), PathRules.DEFAULT.valueCurrency());
  }

  @Test
  void journeyPathsCheckTheirParts() {
    Path p = Path.of("a", "b");
    assertEquals(ReasonCode.INVALID, assertThrows(InvalidValueException.class,
        () -> JourneyPath.converted(p, List.of(day(0)), 1)).reason().code());
    assertEquals(ReasonCode.OUT_OF_ORDER, assertThrows(InvalidValueException.class,
        () -> JourneyPath.converted(p, List.of(day(1), day(0)), 1)).reason().code());
    assertEquals(ReasonCode.OUT_OF_ORDER, assertThrows(InvalidValueException.class,
        () -> JourneyPath.of(p, List.of(day(0), day(1)), day(0.5), false, 0)).reason().code());
    assertEquals("Invalid value for value (0 for a journey that did not convert): 2.0",
        assertThrows(InvalidValueException.class, () -> JourneyPath.of(p, List.of(day(0), day(1)), day(0), false, 2))
            .getMessage());
    assertThrows(InvalidValueException.class, () -> JourneyPath.converted(p, List.of(day(0), day(1)), Double.NaN));
    assertEquals(ReasonCode.MISSING, assertThrows(InvalidValueException.class,
        () -> JourneyPath.notConverted(p, List.of())).reason().code());
  }

  @Test
  void pathCountsCheckTheirParts() {
    Path p = Path.of("a");
    assertEquals("Invalid value for journeys (conversions + nulls at least 1): 0",
        assertThrows(InvalidValueException.class, () -> PathCount.of(p, 0, 0, 0)).getMessage());
    assertThrows(InvalidValueException.class, () -> PathCount.of(p, -1, 0, 3));
    assertThrows(InvalidValueException.class, () -> PathCount.of(p, 0, 1.5, 3));
    assertEquals(ReasonCode.TOO_LARGE, assertThrows(InvalidValueException.class,
        () -> PathCount.of(p, Long.MAX_VALUE, 0, 1)).reason().code());
    PathCount row = PathCount.parse("eta > iota", 3, 7.5, 1);
    assertEquals(4, row.journeys());
    assertEquals(0.75, row.conversionRate().value());
  }
}
