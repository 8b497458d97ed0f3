package org.cxkit.core.experience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Fixtures;
import org.junit.jupiter.api.Test;

class ExperienceTest {
  private static final Scale S = Scale.ONE_TO_SEVEN;

  private static Episode episode(String customer, String id, long at) {
    return Episode.builder().touchpoint(Fixtures.exchange(customer, id, at))
        .addExpectations(Expectation.desired(QualityDimension.RELIABILITY, S, 6))
        .addExpectations(Expectation.adequate(QualityDimension.RELIABILITY, S, 4))
        .addPerceptions(Perception.of(QualityDimension.RELIABILITY, S, 5)).problemSolved(true).build();
  }

  @Test
  void anEpisodeAnswersPerDimensionAndLevel() {
    Episode e = episode("c", "x", 0);
    assertEquals(Optional.of(6.0), e.expectation(QualityDimension.RELIABILITY, ExpectationLevel.DESIRED)
        .map(Expectation::score));
    assertEquals(Optional.empty(), e.expectation(QualityDimension.EMPATHY, ExpectationLevel.DESIRED));
    assertEquals(Optional.of(5.0), e.perception(QualityDimension.RELIABILITY).map(Perception::score));
    assertEquals(CustomerId.of("c"), e.customer());
  }

  @Test
  void anEpisodeKeepsItsRules() {
    assertEquals("Invalid value for perceptions (one per dimension): empathy appears twice",
        assertThrows(IllegalArgumentException.class, () -> Episode.builder().touchpoint(Fixtures.exchange("c", "x", 0))
            .addPerceptions(Perception.of(QualityDimension.EMPATHY, S, 5), Perception.of(QualityDimension.EMPATHY, S, 4))
            .build()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Episode.builder().touchpoint(Fixtures.exchange("c", "x", 0))
        .addExpectations(Expectation.desired(QualityDimension.EMPATHY, S, 5), Expectation.desired(QualityDimension.EMPATHY, S, 4))
        .build());
    assertEquals("Invalid value for expectation scale (must be the perception's scale 1-7 on empathy): 1-5",
        assertThrows(IllegalArgumentException.class, () -> Episode.builder().touchpoint(Fixtures.exchange("c", "x", 0))
            .addPerceptions(Perception.of(QualityDimension.EMPATHY, S, 5))
            .addExpectations(Expectation.desired(QualityDimension.EMPATHY, Scale.ONE_TO_FIVE, 4)).build()).getMessage());
  }

  @Test
  void scoresStayOnTheirScale() {
    assertEquals("Invalid value for perception score (valid values 1 - 7): 7.5", assertThrows(
        IllegalArgumentException.class, () -> Perception.of(QualityDimension.ASSURANCE, S, 7.5)).getMessage());
    assertEquals("Invalid value for expectation score (valid values 1 - 7): NaN", assertThrows(
        IllegalArgumentException.class, () -> Expectation.desired(QualityDimension.ASSURANCE, S, Double.NaN)).getMessage());
    assertEquals(4.5, Perception.of(QualityDimension.ASSURANCE, S, 4.5).score());
  }

  @Test
  void anExperienceIsTheCustomersEpisodesInTimeOrder() {
    Episode late = episode("c", "b", 100);
    Episode early = episode("c", "a", 5);
    assertEquals(List.of(early, late), Experience.of(CustomerId.of("c"), List.of(late, early)).episodes());
    assertEquals(Experience.of(CustomerId.of("c"), List.of(late, early)),
        Experience.of(CustomerId.of("c"), List.of(early, late)));
    assertEquals("Invalid value for episode customer (must be c): d at touchpoint z",
        assertThrows(IllegalArgumentException.class,
            () -> Experience.of(CustomerId.of("c"), List.of(episode("d", "z", 0)))).getMessage());
  }

  @Test
  void servqualDimensionsAreProvidedInOrder() {
    assertEquals(List.of("tangibles", "reliability", "responsiveness", "assurance", "empathy"),
        QualityDimension.SERVQUAL.stream().map(QualityDimension::name).toList());
  }
}
