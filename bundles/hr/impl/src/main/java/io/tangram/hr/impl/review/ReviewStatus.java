package io.tangram.hr.impl.review;

/** Where one employee's review stands within its cycle. */
public enum ReviewStatus {
    /** Goals are being set by the employee and the manager. */
    GOALS,
    /** Goals submitted (weights sum to 100); the employee scores themself. */
    SELF_ASSESSMENT,
    /** Self-assessment done; the manager scores. */
    MANAGER_REVIEW,
    /** The manager has scored; final score and rating are known. */
    SCORED,
    /** The cycle closed; nothing changes any more. */
    FINAL
}
