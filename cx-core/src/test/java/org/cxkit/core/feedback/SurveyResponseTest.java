package org.cxkit.core.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;

class SurveyResponseTest {
  private static final CustomerId C = CustomerId.of("c");
  private static final Instant AT = Instant.parse("2026-02-02T12:00:00Z");

  @Test
  void npsScoresAreZeroToTen() {
    qt().forAll(integers().between(-1000, 1000)).checkAssert(score -> {
      if (score >= 0 && score <= 10) {
        assertEquals(score, NpsResponse.builder().customer(C).answeredAt(AT).score(score)
            .survey(SurveyKind.RELATIONSHIP).build().score());
      } else {
        assertEquals("Invalid value for nps score (valid values 0 - 10): " + score,
            assertThrows(IllegalArgumentException.class, () -> NpsResponse.builder().customer(C).answeredAt(AT)
                .score(score).survey(SurveyKind.RELATIONSHIP).build()).getMessage());
      }
    });
  }

  @Test
  void csatIsOnItsDeclaredScale() {
    CsatResponse five = CsatResponse.builder().customer(C).answeredAt(AT).score(5)
        .survey(SurveyKind.TRANSACTIONAL).channel(Channel.LIVE_CHAT).touchpointId("chat-9").build();
    assertEquals(Scale.ONE_TO_FIVE, five.scale());
    CsatResponse ten = CsatResponse.builder().customer(C).answeredAt(AT).scale(Scale.ONE_TO_TEN).score(9)
        .survey(SurveyKind.TRANSACTIONAL).build();
    assertEquals(9, ten.score());
    assertEquals("Invalid value for csat score (valid values 1 - 5): 9", assertThrows(IllegalArgumentException.class,
        () -> CsatResponse.builder().customer(C).answeredAt(AT).score(9).survey(SurveyKind.TRANSACTIONAL).build())
        .getMessage());
  }

  @Test
  void cesIsTheOneToSevenAgreementScale() {
    assertEquals(Scale.ONE_TO_SEVEN, CesResponse.builder().customer(C).answeredAt(AT).score(7)
        .survey(SurveyKind.TRANSACTIONAL).build().scale());
    assertEquals("Invalid value for ces score (valid values 1 - 7): 0", assertThrows(IllegalArgumentException.class,
        () -> CesResponse.builder().customer(C).answeredAt(AT).score(0).survey(SurveyKind.TRANSACTIONAL).build())
        .getMessage());
  }

  @Test
  void blankTextIsRejectedByName() {
    assertEquals("Invalid value for comment (must not be blank): \" \"", assertThrows(IllegalArgumentException.class,
        () -> NpsResponse.builder().customer(C).answeredAt(AT).score(3).survey(SurveyKind.RELATIONSHIP)
            .comment(" ").build()).getMessage());
    assertEquals("Invalid value for theme (must not be blank): \"\"", assertThrows(IllegalArgumentException.class,
        () -> FeatureRequest.builder().customer(C).requestedAt(AT).theme("").build()).getMessage());
  }
}
