package io.tangram.hr.impl.leave;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.api.form.FormTopics;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.web.api.JsonText;

/**
 * Records leave approved in OA's own leave forms ({@link FormTopics#LEAVE_REQUEST_APPROVED}) as
 * approved HR leave, deducting the balance, and restores it when OA cancels the form
 * ({@link FormTopics#LEAVE_REQUEST_CANCELLED}); once per form number.
 */
@Component(service = EventSubscriber.class)
public class OaLeaveForms implements EventSubscriber {
    static final String SUBSCRIBER_ID = "hr.oa-leave";

    private final LeaveRequestService requests;

    @Activate
    public OaLeaveForms(@Reference LeaveRequestService requests) {
        this.requests = requests;
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(FormTopics.LEAVE_REQUEST_APPROVED, FormTopics.LEAVE_REQUEST_CANCELLED);
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.BEGINNING;
    }

    @Override
    public void handle(DomainEvent event) {
        if (FormTopics.LEAVE_REQUEST_APPROVED.equals(event.topic())) {
            requests.recordOaLeave(event.companyId(), JsonText.read(event.payload()));
        } else if (FormTopics.LEAVE_REQUEST_CANCELLED.equals(event.topic())) {
            requests.cancelOaLeave(event.companyId(), JsonText.read(event.payload()).path("number").asText());
        }
    }
}
