package io.tangram.oa.api.approval;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.web.api.JsonText;

/**
 * What a module extends to apply OA's decisions on its own documents: a durable subscriber to
 * {@link ApprovalTopics#APPROVAL_DECIDED} from the beginning of the outbox, so a decision taken while
 * the module was stopped or not yet installed is applied when it comes, that hands over only the
 * decisions on its document type. {@link #apply} must be idempotent: a redelivered event must change
 * nothing (match the approval reference stored on the document).
 */
@ConsumerType
public abstract class ApprovalOutcomes implements EventSubscriber {
    private final String subscriberId;
    private final String documentType;

    /**
     * @param subscriberId the subscriber's cursor name, {@code <module>.<what>}
     * @param documentType the document type the module submits, e.g. {@link ApprovalDocumentTypes#PURCHASE_ORDER}
     */
    protected ApprovalOutcomes(String subscriberId, String documentType) {
        this.subscriberId = subscriberId;
        this.documentType = documentType;
    }

    /** Applies one decision on a document of this module's type. */
    protected abstract void apply(long companyId, ApprovalDecision decision);

    @Override
    public final String subscriberId() {
        return subscriberId;
    }

    @Override
    public final Set<String> topics() {
        return Set.of(ApprovalTopics.APPROVAL_DECIDED);
    }

    @Override
    public final StartPosition startPosition() {
        return StartPosition.BEGINNING;
    }

    @Override
    public final void handle(DomainEvent event) {
        JsonNode p = JsonText.read(event.payload());
        if (!documentType.equals(p.path("documentType").asText())) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(p.path("documentId").asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("approval " + event.sourceRef() + " names " + documentType + " '"
                    + p.path("documentId").asText() + "', not an id", e);
        }
        apply(event.companyId(), new ApprovalDecision(p.path("reference").asText(), documentType, id,
                p.path("documentNumber").asText(null), ApprovalStatus.valueOf(p.path("outcome").asText()),
                p.path("decidedBy").asText(null), p.path("comment").asText(null), p.path("requester").asText(null)));
    }
}
