package io.tangram.oa.api.approval;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The OA approval workflow as other modules use it. A module submits a document it owns, keeps the
 * returned {@link ApprovalState#reference()} on it, and applies the outcome when the durable event
 * {@link ApprovalTopics#APPROVAL_DECIDED} arrives for its document type. Reference this service
 * {@code OPTIONAL} and {@code DYNAMIC}: when it is absent, approve with the module's own permission.
 * The calling module checks its own permissions first (e.g. submitting a purchase order); OA does
 * not ask the caller for OA permissions here.
 */
@ProviderType
public interface Approvals {

    /**
     * Starts the approval of a document under the process an admin defined for its type, matching
     * the request's amount and fields. Submitting a document that is already waiting returns that
     * approval unchanged, so a retried submit never starts a second one.
     *
     * @return the approval now waiting, or empty when no active process is defined for the document
     *         type: the caller then approves by its own rules
     * @throws io.tangram.platform.api.error.ValidationException naming each bad field of the request
     * @throws io.tangram.platform.api.error.ConflictException when the process has no one to route
     *         the first step to (e.g. the requester has no department manager)
     */
    Optional<ApprovalState> submit(ApprovalRequest request);

    /**
     * Whether an active process is defined for a document type. When not, {@link #submit} answers
     * empty and the module approves by its own rules; a module asks this before refusing its own approval.
     */
    boolean hasProcess(long companyId, String documentType);

    /** The latest approval of a document, if it was ever submitted. */
    Optional<ApprovalState> state(long companyId, String documentType, String documentId);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such approval */
    ApprovalState get(String reference);

    /**
     * Withdraws a waiting approval because its document no longer needs it (cancelled, deleted).
     * Publishes {@link ApprovalTopics#APPROVAL_DECIDED} with outcome {@link ApprovalStatus#WITHDRAWN}.
     *
     * @throws io.tangram.platform.api.error.ConflictException if it is already decided
     */
    ApprovalState withdraw(String reference, String reason);
}
