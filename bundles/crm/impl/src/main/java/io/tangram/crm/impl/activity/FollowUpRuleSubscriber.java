package io.tangram.crm.impl.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.crm.api.CrmTopics;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.activity.ActivityTopics;
import io.tangram.crm.api.activity.ActivityType;
import io.tangram.crm.api.activity.RelatedTo;
import io.tangram.crm.api.activity.ReminderRuleDto;
import io.tangram.crm.api.activity.ReminderTrigger;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.web.api.JsonText;

/**
 * Applies the reminder rules: for each quote sent and each activity logged, every active rule of
 * that trigger creates a follow-up task for the owner, due the rule's days after the trigger's day.
 * Runs in the event delivery's transaction; a task is unique per rule and event, so an event
 * delivered again creates nothing more. Starts with the events published after it first ran.
 */
@Component(service = EventSubscriber.class)
public class FollowUpRuleSubscriber implements EventSubscriber {
    static final String SUBSCRIBER_ID = "crm.follow-up-rules";

    private final ReminderRuleService rules;
    private final FollowUpService followUps;
    private final CustomerService customers;
    private final ZoneId zone;

    @Activate
    public FollowUpRuleSubscriber(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                                  @Reference ReminderRuleService rules, @Reference FollowUpService followUps,
                                  @Reference CustomerService customers) {
        this(rules, followUps, customers, ZoneId.systemDefault());
    }

    FollowUpRuleSubscriber(ReminderRuleService rules, FollowUpService followUps, CustomerService customers, ZoneId zone) {
        this.rules = rules;
        this.followUps = followUps;
        this.customers = customers;
        this.zone = zone;
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(CrmTopics.QUOTE_SENT, ActivityTopics.ACTIVITY_LOGGED);
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.NOW;
    }

    @Override
    public void handle(DomainEvent event) {
        JsonNode p = JsonText.read(event.payload());
        Map<String, String> values = new LinkedHashMap<>();
        RelatedRecords.Target target;
        List<ReminderRuleDto> applying;
        LocalDate day;
        if (CrmTopics.QUOTE_SENT.equals(event.topic())) {
            long customerId = p.path("customerId").asLong();
            String owner = text(p, "owner");
            if (owner == null) {
                owner = customers.load(customerId).map(CustomerDto::owner).orElseThrow(() ->
                        new IllegalArgumentException("quote " + text(p, "number") + " has no owner and customer "
                                + customerId + " is unknown"));
            }
            day = Reminders.triggerDay(date(p, "sentOn"), event.occurredAt(), zone);
            target = new RelatedRecords.Target(RelatedTo.CUSTOMER, customerId, event.companyId(), customerId, null, owner);
            values.put("number", text(p, "number"));
            applying = rules.matching(event.companyId(), ReminderTrigger.QUOTE_SENT, null);
        } else if (ActivityTopics.ACTIVITY_LOGGED.equals(event.topic())) {
            ActivityType type = ActivityType.valueOf(p.path("type").asText());
            day = Reminders.triggerDay(date(p, "occurredOn"), event.occurredAt(), zone);
            target = new RelatedRecords.Target(RelatedTo.valueOf(p.path("relatedTo").asText()), p.path("relatedId").asLong(),
                    event.companyId(), id(p, "customerId"), id(p, "leadId"), text(p, "owner"));
            values.put("type", type.name().toLowerCase(Locale.ROOT));
            values.put("subject", text(p, "subject"));
            applying = rules.matching(event.companyId(), ReminderTrigger.ACTIVITY_LOGGED, type);
        } else {
            return;
        }
        values.put("date", day.toString());
        for (ReminderRuleDto rule : applying) {
            followUps.createFromRule(rule.id(), event.id(), target, Reminders.subject(rule.subjectTemplate(), values),
                    Reminders.dueOn(day, rule.days()));
        }
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.path(field);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static Long id(JsonNode p, String field) {
        JsonNode v = p.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asLong();
    }

    private static LocalDate date(JsonNode p, String field) {
        String v = text(p, field);
        return v == null ? null : LocalDate.parse(v);
    }
}
