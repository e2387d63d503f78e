package io.tangram.oa.impl.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.oa.impl.UserAccounts;
import io.tangram.crm.api.CrmTopics;
import io.tangram.crm.api.TeamDto;
import io.tangram.crm.api.Teams;
import io.tangram.crm.api.ticket.Tickets;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.web.api.JsonText;

/**
 * Tells people about CRM's SLA breaches ({@link CrmTopics#TICKET_SLA_BREACHED}): the ticket's assignee
 * (looked up through CRM's {@link Tickets}) and the escalation target, a user or a service team (its
 * manager, or its members when it has none). Starts with events published after it first ran; one
 * notification per person and breach ({@code sourceRef} = ticket number and target). What could not
 * be looked up because CRM is not running is said in the notification and logged.
 */
@Component(service = EventSubscriber.class)
public class SlaBreachNotifier implements EventSubscriber {
    static final String SUBSCRIBER_ID = "oa.notifications";
    static final String CATEGORY = "sla";
    private static final Logger LOG = LoggerFactory.getLogger(SlaBreachNotifier.class);

    private final NotificationService notifications;
    private final UserDirectory users;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Tickets tickets;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Teams teams;

    @Activate
    public SlaBreachNotifier(@Reference NotificationService notifications, @Reference UserDirectory users) {
        this.notifications = notifications;
        this.users = users;
    }

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(CrmTopics.TICKET_SLA_BREACHED);
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.NOW;
    }

    @Override
    public void handle(DomainEvent event) throws Exception {
        JsonNode p = JsonText.read(event.payload());
        long ticketId = p.path("id").asLong();
        String number = p.path("number").asText();
        String target = p.path("target").asText();
        String escalatedTo = text(p.path("escalatedTo"));
        long companyId = p.path("companyId").asLong(event.companyId());
        Set<String> recipients = new LinkedHashSet<>();
        List<Text> skipped = new ArrayList<>();
        CallContext.runAs(Caller.SYSTEM, () -> {
            assignee(ticketId, recipients, skipped);
            escalation(companyId, escalatedTo, recipients, skipped);
            return null;
        });
        if (recipients.isEmpty()) {
            LOG.warn("SLA breach of ticket {} ({}) notified no one: no assignee and no escalation target{}", number,
                    target, skipped.isEmpty() ? "" : "; " + skipped);
            return;
        }
        boolean firstResponse = "FIRST_RESPONSE".equals(target);
        StringBuilder body = new StringBuilder();
        body.append(String.format("Priority %s, due %s; escalated to %s / 优先级 %s，应于 %s 前完成；已升级给 %s",
                p.path("priority").asText(), p.path("dueAt").asText(), escalatedTo == null ? "-" : escalatedTo,
                p.path("priority").asText(), p.path("dueAt").asText(), escalatedTo == null ? "-" : escalatedTo));
        for (Text note : skipped) {
            body.append('\n').append(note.in(Locale.ENGLISH)).append(" / ").append(note.in(Locale.SIMPLIFIED_CHINESE));
            LOG.info("SLA breach of ticket {}: {}", number, note.in(Locale.ENGLISH));
        }
        for (String recipient : recipients) {
            notifications.post(new NotificationInput(companyId, recipient, CATEGORY,
                    String.format("SLA breached: ticket %s (%s)", number, firstResponse ? "first response" : "resolution"),
                    String.format("工单 %s 超出 SLA（%s）", number, firstResponse ? "首次响应" : "解决时限"),
                    body.toString(), "/api/crm/tickets/" + ticketId, number + ":" + target));
        }
    }

    private void assignee(long ticketId, Set<String> recipients, List<Text> skipped) {
        Tickets t = tickets;
        if (t == null) {
            skipped.add(Text.of("assignee not notified: CRM tickets are not running",
                    "未通知处理人：客户关系管理的工单服务未运行"));
            return;
        }
        String assignee = t.get(ticketId).assignee();
        if (assignee != null) {
            recipients.add(assignee);
        }
    }

    /** The escalation target is a username or, without a manager, a service team's code. */
    private void escalation(long companyId, String escalatedTo, Set<String> recipients, List<Text> skipped) {
        if (escalatedTo == null) {
            return;
        }
        if (UserAccounts.all(users).stream().map(UserAccount::username).anyMatch(escalatedTo::equals)) {
            recipients.add(escalatedTo);
            return;
        }
        Teams ts = teams;
        if (ts == null) {
            skipped.add(Text.of("team {0} not notified: CRM teams are not running",
                    "未通知团队 {0}：客户关系管理的团队服务未运行", escalatedTo));
            return;
        }
        Optional<TeamDto> team = ts.findByCode(companyId, escalatedTo);
        if (team.isEmpty()) {
            skipped.add(Text.of("{0} is neither a user nor a team: not notified", "{0} 既不是用户也不是团队：未通知",
                    escalatedTo));
        } else if (team.get().manager() != null) {
            recipients.add(team.get().manager());
        } else {
            recipients.addAll(team.get().members());
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank() ? null : node.asText();
    }
}
