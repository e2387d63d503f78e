package io.tangram.oa.api.approval;

/** Durable events of the approval workflow, published to the platform outbox by OA. */
public final class ApprovalTopics {

    /**
     * An approval was started. Source ref: the approval reference. Payload: {@code reference,
     * documentType, documentId, documentNumber, requester, processCode, processVersion}.
     */
    public static final String APPROVAL_SUBMITTED = "tangram/oa/ApprovalSubmitted";

    /**
     * An approval reached its final status. Source ref: the approval reference. Payload:
     * {@code reference, documentType, documentId, documentNumber, outcome} (an
     * {@link ApprovalStatus} other than PENDING){@code , decidedBy, comment, requester}. The module
     * owning the document subscribes, filters on {@code documentType} and applies the outcome once,
     * e.g. approves its purchase order or returns it to draft with the comment.
     */
    public static final String APPROVAL_DECIDED = "tangram/oa/ApprovalDecided";

    private ApprovalTopics() {
    }
}
