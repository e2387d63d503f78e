package io.tangram.oa.api.approval;

/**
 * The final outcome of one approval, as {@link ApprovalTopics#APPROVAL_DECIDED} carries it to the
 * module owning the document.
 *
 * @param documentId the owning module's id of the document it submitted
 * @param outcome    APPROVED, REJECTED, RETURNED or WITHDRAWN
 * @param comment    the decider's words, {@code null} when none
 */
public record ApprovalDecision(String reference, String documentType, long documentId, String documentNumber,
                               ApprovalStatus outcome, String decidedBy, String comment, String requester) {
}
