package org.cxkit.metrics.nps;

import java.time.Instant;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.feedback.SurveyKind;
import org.cxkit.core.touchpoint.Channel;

/** Test responses. */
final class Responses {
  private Responses() {}

  static NpsResponse response(int score, Channel channel, String answeredAt) {
    return NpsResponse.builder()
        .customer(CustomerId.of("c-" + score))
        .answeredAt(Instant.parse(answeredAt))
        .score(score)
        .survey(SurveyKind.TRANSACTIONAL)
        .channel(channel)
        .build();
  }

  static NpsResponse at(int score, String answeredAt) {
    return response(score, Channel.WEB, answeredAt);
  }
}
