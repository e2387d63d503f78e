package io.tangram.finance.impl.arap.service;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.oa.api.approval.ApprovalDocumentTypes;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.ApprovalTopics;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.web.api.JsonText;

/**
 * Applies the outcomes of OA approvals to supplier payments (先审批、后付款), from OA's durable
 * {@link ApprovalTopics#APPROVAL_DECIDED} events: an approval decided while finance was stopped
 * or uninstalled is applied when it comes back, and a redelivered event changes nothing.
 */
@Component(service = EventSubscriber.class)
public class PaymentApprovalOutcomes implements EventSubscriber {
    static final String SUBSCRIBER_ID = "finance.approvals";

    private final PaymentService payments;

    @Activate
    public PaymentApprovalOutcomes(@Reference PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ApprovalTopics.APPROVAL_DECIDED);
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.BEGINNING;
    }

    @Override
    public void handle(DomainEvent event) {
        JsonNode p = JsonText.read(event.payload());
        if (!ApprovalDocumentTypes.SUPPLIER_PAYMENT.equals(p.path("documentType").asText())) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(p.path("documentId").asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("approval " + event.sourceRef() + " names payment '"
                    + p.path("documentId").asText() + "', not an id", e);
        }
        payments.applyApproval(event.companyId(), id, p.path("reference").asText(),
                ApprovalStatus.valueOf(p.path("outcome").asText()), p.path("decidedBy").asText(null),
                p.path("comment").asText(null));
    }
}
