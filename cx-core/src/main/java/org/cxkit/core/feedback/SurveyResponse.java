package org.cxkit.core.feedback;

import java.time.Instant;
import java.util.Optional;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Team;

/**
 * One answer to a survey question, linked to what it was asked about: a touchpoint, a channel, a
 * team or a journey stage, any of which may be absent.
 *
 * <p>The interface is sealed: a response is an {@link NpsResponse}, a {@link CsatResponse} or a
 * {@link CesResponse}. Implementations are immutable and thread-safe, and compare by value.
 */
public sealed interface SurveyResponse permits NpsResponse, CsatResponse, CesResponse {

  /**
   * Returns the customer who answered.
   *
   * @return the customer
   */
  CustomerId customer();

  /**
   * Returns when the answer was given.
   *
   * @return the instant
   */
  Instant answeredAt();

  /**
   * Returns the answer.
   *
   * @return the answer, on {@link #scale()}
   */
  int score();

  /**
   * Returns the scale the answer is on.
   *
   * @return the scale
   */
  Scale scale();

  /**
   * Returns whether the survey was about the relationship or one transaction.
   *
   * @return the survey kind
   */
  SurveyKind survey();

  /**
   * Returns the id of the touchpoint the question was about.
   *
   * @return the touchpoint id, or empty
   */
  Optional<String> touchpointId();

  /**
   * Returns the channel the question was about.
   *
   * @return the channel, or empty
   */
  Optional<Channel> channel();

  /**
   * Returns the team the question was about.
   *
   * @return the team, or empty
   */
  Optional<Team> team();

  /**
   * Returns the journey stage the question was about.
   *
   * @return the stage, or empty
   */
  Optional<JourneyStage> stage();

  /**
   * Returns the customer's comment.
   *
   * @return the comment, or empty
   */
  Optional<String> comment();
}
