package org.cxkit.metrics.journey.funnel;

import java.time.Duration;

/**
 * One step of a Kaplan–Meier curve of the time to advance: at a time since entering the stage, how
 * many journeys were still waiting (at risk), how many advanced then, how many were censored then
 * (observation ended at the cut-off without their advancing), and the share still waiting just after,
 * with Greenwood's standard error and the log(−log) interval.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param time the time since entering the stage
 * @param atRisk the journeys that had neither advanced nor been censored before this time
 * @param advanced the journeys that advanced at this time
 * @param censored the journeys censored at this time
 * @param survival the share still waiting just after this time, from 0 to 1
 * @param standardError Greenwood's standard error of the share
 * @param lower the lower bound of its interval
 * @param upper the upper bound of its interval
 */
public record SurvivalPoint(Duration time, long atRisk, long advanced, long censored, double survival,
    double standardError, double lower, double upper) {}
