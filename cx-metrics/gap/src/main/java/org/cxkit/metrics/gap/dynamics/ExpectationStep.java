package org.cxkit.metrics.gap.dynamics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One episode as the {@linkplain ExpectationDynamics satisfaction and expectation model} read it:
 * all scores on the unit interval (0 the bottom of the episode's scale, 1 the top).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param touchpointId the episode's touchpoint id
 * @param occurredAt when the episode happened
 * @param expectation the expectation the customer brought, {@code E_t}, from 0 to 1
 * @param perception what they perceived, {@code P_t}, from 0 to 1
 * @param satisfaction the resulting satisfaction, {@code S_t}, from 0 to 1
 * @param problemSolved whether the customer's problem was solved, where known
 * @param nextExpectation the expectation carried to the next episode, {@code E_{t+1}}, from 0 to 1
 */
public record ExpectationStep(String touchpointId, Instant occurredAt, double expectation, double perception,
    double satisfaction, Optional<Boolean> problemSolved, double nextExpectation) {

  /** Checks that nothing is null. */
  public ExpectationStep {
    Objects.requireNonNull(touchpointId, "touchpointId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(problemSolved, "problemSolved");
  }

  /**
   * Returns the gap of this episode.
   *
   * @return {@code P_t − E_t}, from −1 to 1
   */
  public double gap() {
    return perception - expectation;
  }
}
