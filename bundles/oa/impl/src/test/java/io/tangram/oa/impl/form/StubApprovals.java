package io.tangram.oa.impl.form;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.Approvals;

/** Approvals that record what was submitted and withdrawn; {@code processDefined} false answers empty. */
final class StubApprovals implements Approvals {
    final List<ApprovalRequest> submitted = new CopyOnWriteArrayList<>();
    final List<String> withdrawn = new CopyOnWriteArrayList<>();
    volatile boolean processDefined = true;

    @Override
    public boolean hasProcess(long companyId, String documentType) {
        return processDefined;
    }

    @Override
    public Optional<ApprovalState> submit(ApprovalRequest request) {
        submitted.add(request);
        if (!processDefined) {
            return Optional.empty();
        }
        return Optional.of(new ApprovalState(reference(submitted.size()), request.companyId(), request.documentType(),
                request.documentId(), request.documentNumber(), ApprovalStatus.PENDING, "P", 1, "manager",
                List.of("boss"), request.requester(), null, null, null, null));
    }

    static String reference(int n) {
        return String.format("AP-2026-%06d", n);
    }

    @Override
    public Optional<ApprovalState> state(long companyId, String documentType, String documentId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApprovalState get(String reference) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApprovalState withdraw(String reference, String reason) {
        withdrawn.add(reference + ": " + reason);
        return null;
    }
}
