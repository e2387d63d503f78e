package io.tangram.hr.impl.leave;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.api.approval.ApprovalDecision;
import io.tangram.oa.api.approval.ApprovalOutcomes;
import io.tangram.platform.api.event.EventSubscriber;

/**
 * Applies the outcomes of OA approvals to leave requests, from OA's durable
 * {@link io.tangram.oa.api.approval.ApprovalTopics#APPROVAL_DECIDED} events of document type {@value LeaveRequestService#DOCUMENT_TYPE}:
 * an approval decided while HR was stopped is applied when it comes back, and a redelivered event
 * changes nothing.
 */
@Component(service = EventSubscriber.class)
public class LeaveApprovals extends ApprovalOutcomes {
    static final String SUBSCRIBER_ID = "hr.leave-approvals";

    private final LeaveRequestService requests;

    @Activate
    public LeaveApprovals(@Reference LeaveRequestService requests) {
        super(SUBSCRIBER_ID, LeaveRequestService.DOCUMENT_TYPE);
        this.requests = requests;
    }

    @Override
    protected void apply(long companyId, ApprovalDecision decision) {
        requests.applyApproval(companyId, decision.documentId(), decision.reference(), decision.outcome(),
                decision.decidedBy(), decision.comment());
    }
}
