package io.tangram.oa.api.approval;

/** Where an approval stands. Every status but {@link #PENDING} is final. */
public enum ApprovalStatus {
    /** Waiting for an approver. */
    PENDING,
    /** Every step approved. */
    APPROVED,
    /** An approver rejected it; the document is not to go ahead as it is. */
    REJECTED,
    /** An approver sent it back to the requester to change and submit again. */
    RETURNED,
    /** The submitting module withdrew it (its document was cancelled). */
    WITHDRAWN
}
