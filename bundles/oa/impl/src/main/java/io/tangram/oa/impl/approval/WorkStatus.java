package io.tangram.oa.impl.approval;

/** Where a step or a task of an approval stands. */
public enum WorkStatus {
    /** Its step has not started yet. */
    WAITING,
    /** Waiting for the approver(s) now. */
    PENDING,
    APPROVED,
    REJECTED,
    RETURNED,
    /** Not needed: the step's conditions did not hold, or another approver of an ANY step was first. */
    SKIPPED,
    /** Ended unanswered because the approval was decided or withdrawn. */
    CANCELLED
}
