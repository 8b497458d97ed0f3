package org.cxkit.metrics.gap;

import java.time.Instant;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.experience.Episode;
import org.cxkit.core.experience.Expectation;
import org.cxkit.core.experience.Perception;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Exposure;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Team;
import org.cxkit.core.touchpoint.Touchpoint;

/** Test fixtures: episodes on a 1–7 scale, for the tests of every package. */
public final class Episodes {
  public static final CustomerId CUSTOMER = CustomerId.of("c-1");
  public static final Scale S = Scale.ONE_TO_SEVEN;

  private Episodes() {}

  public static Touchpoint touchpoint(String id, int day, Channel channel, JourneyStage stage) {
    return Exposure.builder().id(id).customer(CUSTOMER)
        .occurredAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day))
        .channel(channel).stage(stage).team(Team.SUPPORT).build();
  }

  public static Episode.Builder at(String id, int day) {
    return Episode.builder().touchpoint(touchpoint(id, day, Channel.WEB, JourneyStage.CONSUMPTION));
  }

  public static Episode zone(String id, QualityDimension d, double adequate, double desired, double perceived) {
    return at(id, 0).addExpectations(Expectation.adequate(d, S, adequate), Expectation.desired(d, S, desired))
        .addPerceptions(Perception.of(d, S, perceived)).build();
  }

  public static Episode predicted(String id, Channel channel, JourneyStage stage, QualityDimension d, double expected,
      double perceived) {
    return Episode.builder().touchpoint(touchpoint(id, 0, channel, stage))
        .addExpectations(Expectation.predicted(d, S, expected)).addPerceptions(Perception.of(d, S, perceived)).build();
  }

  public static Episode perceived(String id, int day, double perceived, Optional<Boolean> solved) {
    return at(id, day).addPerceptions(Perception.of(QualityDimension.RELIABILITY, S, perceived))
        .problemSolved(solved).build();
  }
}
