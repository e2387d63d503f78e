package io.tangram.oa.impl.form;

import java.util.Map;
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
 * Applies the workflow engine's decisions ({@link ApprovalTopics#APPROVAL_DECIDED}) to OA's own forms:
 * approved, rejected, or returned for changes (also when withdrawn by anyone but the form), with the
 * decider's comment. Reads from the beginning of the outbox, so decisions made while the forms were
 * stopped are applied when they are back; a decision applies once, only to the submitted form that
 * waits for exactly that approval.
 */
@Component(service = EventSubscriber.class)
public class FormOutcomes implements EventSubscriber {
    static final String SUBSCRIBER_ID = "oa.forms";

    private final Map<String, FormWorkflow<?>> forms;

    @Activate
    public FormOutcomes(@Reference LeaveRequestService leave, @Reference ExpenseClaimService expenses,
                        @Reference GeneralRequestService requests, @Reference ContractService contracts) {
        this.forms = Map.of(leave.kind().documentType, leave, expenses.kind().documentType, expenses,
                requests.kind().documentType, requests, contracts.kind().documentType, contracts);
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
        FormWorkflow<?> form = forms.get(p.path("documentType").asText());
        if (form == null) {
            return;
        }
        ApprovalStatus outcome = ApprovalStatus.valueOf(p.path("outcome").asText());
        form.applyDecision(event.companyId(), text(p, "documentId"), text(p, "reference"), outcome,
                text(p, "decidedBy"), text(p, "comment"));
    }

    private static String text(JsonNode p, String field) {
        JsonNode node = p.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
