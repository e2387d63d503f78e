package io.tangram.oa.api.approval;

import java.time.Instant;
import java.util.List;

/**
 * An approval as its document's module sees it.
 *
 * @param reference      OA's number of the approval, e.g. {@code AP-2026-000007}; keep it on the document
 * @param processCode    the process definition that runs it
 * @param processVersion the version of that definition it started with, and keeps to the end
 * @param currentStep    name of the step waiting, {@code null} once decided
 * @param waitingFor     usernames that can act on the current step now
 * @param decidedBy      who made the final decision, {@code null} while pending
 * @param comment        the deciding approver's comment, {@code null} if none
 */
public record ApprovalState(String reference, long companyId, String documentType, String documentId,
                            String documentNumber, ApprovalStatus status, String processCode, int processVersion,
                            String currentStep, List<String> waitingFor, String requester, String decidedBy,
                            String comment, Instant submittedAt, Instant decidedAt) {

    public ApprovalState {
        waitingFor = waitingFor == null ? List.of() : List.copyOf(waitingFor);
    }
}
