package io.tangram.finance.impl.arap.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.api.approval.ApprovalDecision;
import io.tangram.oa.api.approval.ApprovalDocumentTypes;
import io.tangram.oa.api.approval.ApprovalOutcomes;
import io.tangram.platform.api.event.EventSubscriber;

/**
 * Applies the outcomes of OA approvals to supplier payments (先审批、后付款), from OA's durable
 * {@link io.tangram.oa.api.approval.ApprovalTopics#APPROVAL_DECIDED} events: an approval decided
 * while finance was stopped or uninstalled is applied when it comes back, and a redelivered event changes nothing.
 */
@Component(service = EventSubscriber.class)
public class PaymentApprovalOutcomes extends ApprovalOutcomes {
    static final String SUBSCRIBER_ID = "finance.approvals";

    private final PaymentService payments;

    @Activate
    public PaymentApprovalOutcomes(@Reference PaymentService payments) {
        super(SUBSCRIBER_ID, ApprovalDocumentTypes.SUPPLIER_PAYMENT);
        this.payments = payments;
    }

    @Override
    protected void apply(long companyId, ApprovalDecision decision) {
        payments.applyApproval(companyId, decision.documentId(), decision.reference(), decision.outcome(),
                decision.decidedBy(), decision.comment());
    }
}
