package org.cxkit.metrics.satisfaction;

import java.time.Instant;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.feedback.SurveyKind;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Channel;

/** Builders of valid core objects for tests. */
public final class Fixtures {
  private Fixtures() {}

  /** An instant in March 2026. */
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** A CSAT response. */
  public static CsatResponse csat(int score, Scale scale, Channel channel, Instant at) {
    return CsatResponse.builder().customer(CustomerId.of("c-" + score)).answeredAt(at).score(score).scale(scale)
        .survey(SurveyKind.TRANSACTIONAL).channel(channel).build();
  }

  /** A CES response. */
  public static CesResponse ces(int score) {
    return CesResponse.builder().customer(CustomerId.of("c-" + score)).answeredAt(T0).score(score)
        .survey(SurveyKind.TRANSACTIONAL).build();
  }
}
