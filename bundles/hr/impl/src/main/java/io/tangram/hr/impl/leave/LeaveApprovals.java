package io.tangram.hr.impl.leave;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.ApprovalTopics;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.web.api.JsonText;

/**
 * Applies the outcomes of OA approvals to leave requests, from OA's durable
 * {@link ApprovalTopics#APPROVAL_DECIDED} events of document type {@value LeaveRequestService#DOCUMENT_TYPE}:
 * an approval decided while HR was stopped is applied when it comes back, and a redelivered event
 * changes nothing.
 */
@Component(service = EventSubscriber.class)
public class LeaveApprovals implements EventSubscriber {
    static final String SUBSCRIBER_ID = "hr.leave-approvals";

    private final LeaveRequestService requests;

    @Activate
    public LeaveApprovals(@Reference LeaveRequestService requests) {
        this.requests = requests;
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
        if (!LeaveRequestService.DOCUMENT_TYPE.equals(p.path("documentType").asText())) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(p.path("documentId").asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("approval " + event.sourceRef() + " names leave request '"
                    + p.path("documentId").asText() + "', not an id", e);
        }
        requests.applyApproval(event.companyId(), id, p.path("reference").asText(),
                ApprovalStatus.valueOf(p.path("outcome").asText()), p.path("decidedBy").asText(null),
                p.path("comment").asText(null));
    }
}
