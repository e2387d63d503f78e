package io.tangram.inventory.impl.service;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.api.approval.ApprovalDecision;
import io.tangram.oa.api.approval.ApprovalDocumentTypes;
import io.tangram.oa.api.approval.ApprovalOutcomes;
import io.tangram.platform.api.event.EventSubscriber;

/**
 * Applies the outcomes of OA approvals to purchase orders, from OA's durable
 * {@link io.tangram.oa.api.approval.ApprovalTopics#APPROVAL_DECIDED} events: an approval decided while inventory was stopped
 * or uninstalled is applied when it comes back, and a redelivered event changes nothing.
 */
@Component(service = EventSubscriber.class)
public class PurchaseOrderApprovals extends ApprovalOutcomes {
    static final String SUBSCRIBER_ID = "inventory.approvals";

    private final PurchaseOrderService orders;

    @Activate
    public PurchaseOrderApprovals(@Reference PurchaseOrderService orders) {
        super(SUBSCRIBER_ID, ApprovalDocumentTypes.PURCHASE_ORDER);
        this.orders = orders;
    }

    @Override
    protected void apply(long companyId, ApprovalDecision decision) {
        orders.applyApproval(companyId, decision.documentId(), decision.reference(), decision.outcome(),
                decision.decidedBy(), decision.comment());
    }
}
