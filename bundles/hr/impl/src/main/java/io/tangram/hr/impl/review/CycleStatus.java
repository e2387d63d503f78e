package io.tangram.hr.impl.review;

/** Where a review cycle stands: DRAFT → OPEN → CALIBRATION → CLOSED. */
public enum CycleStatus {
    /** Being prepared; no reviews yet. */
    DRAFT,
    /** Reviews exist; goals, self-assessment and manager scoring happen now. */
    OPEN,
    /** Scoring is over; HR adjusts final scores (校准). */
    CALIBRATION,
    /** Final: every review is frozen. */
    CLOSED
}
