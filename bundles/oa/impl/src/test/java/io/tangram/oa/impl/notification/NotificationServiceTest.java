package io.tangram.oa.impl.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.crm.api.CrmTopics;
import io.tangram.crm.api.TeamDto;
import io.tangram.crm.api.Teams;
import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.api.ticket.Tickets;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.RecordingAuditLog;
import io.tangram.web.api.JsonText;

/** The inbox: idempotent posting, own notifications only, unread first; SLA breaches from CRM. */
class NotificationServiceTest {
    private static final Caller LI_NA = new Caller("li.na", Set.of("staff"), Set.of("oa.notification.read"));
    private static final Caller WANG = new Caller("wang.fang", Set.of("staff"), Set.of("oa.notification.read"));

    private DerbyTestDatabase db;
    private RecordingAuditLog audit;
    private NotificationService inbox;

    @BeforeEach
    void setUp() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("oa-notify", "oa", Path.of("src/main/resources/db/migration"));
        audit = new RecordingAuditLog();
        inbox = new NotificationService(db.dataSource(), db.transactions(), audit,
                Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        db.close();
    }

    private long post(String recipient, String category, String title, String sourceRef) {
        return inbox.post(new NotificationInput(1, recipient, category, title, title + "（中文）", null, null, sourceRef));
    }

    @Test
    void postingTheSameSourceTwiceToOneRecipientKeepsOne() {
        long first = post("li.na", "approval", "Approve PO-1", "AP-2026-000001");
        long again = post("li.na", "approval", "Approve PO-1 again", "AP-2026-000001");
        long other = post("wang.fang", "approval", "Approve PO-1", "AP-2026-000001");
        post("li.na", "task", "No source", null);
        post("li.na", "task", "No source", null);

        assertEquals(first, again);
        assertEquals(4, db.number("SELECT COUNT(*) FROM oa_notification"));
        assertEquals(List.of("post notification " + first, "post notification " + other, "post notification 3",
                "post notification 4"), audit.briefs());
        assertEquals(List.of("Approve PO-1"), db.column("SELECT title_en FROM oa_notification WHERE id = ?", first));
    }

    @Test
    void postingValidatesEveryField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> inbox.post(new NotificationInput(1, " ", null, "x".repeat(201), "标题", null, null, null)));
        assertEquals(List.of("recipient", "category", "titleEn"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals(0, db.number("SELECT COUNT(*) FROM oa_notification"));
    }

    @Test
    void usersSeeOnlyTheirOwnUnreadFirst() {
        long a = post("li.na", "approval", "A", "s1");
        long b = post("li.na", "sla", "B", "s2");
        long c = post("li.na", "approval", "C", "s3");
        long theirs = post("wang.fang", "approval", "W", "s4");
        CallContext.bind(LI_NA);
        inbox.markRead(c);

        assertEquals(List.of(b, a, c), inbox.inbox(1, null, false, PageRequest.of(0, 10)).items().stream()
                .map(NotificationDto::id).toList(), "unread first, newest first within");
        assertEquals(List.of(a, c), inbox.inbox(1, "approval", false, PageRequest.of(0, 10)).items().stream()
                .map(NotificationDto::id).toList());
        assertEquals(2, inbox.unreadCount(1));
        assertThrows(NotFoundException.class, () -> inbox.markRead(theirs), "someone else's notification");
        assertEquals(2, inbox.markAllRead(1));
        assertEquals(0, inbox.unreadCount(1));

        CallContext.bind(WANG);
        assertEquals(List.of(theirs), inbox.inbox(1, null, false, PageRequest.of(0, 10)).items().stream()
                .map(NotificationDto::id).toList());
        assertEquals(1, inbox.unreadCount(1));
        NotificationDto read = inbox.markRead(theirs);
        assertEquals(Instant.parse("2026-03-02T01:00:00Z"), read.readAt());

        CallContext.bind(new Caller("guest", Set.of(), Set.of()));
        assertThrows(ForbiddenException.class, () -> inbox.unreadCount(1));
    }

    @Test
    void anSlaBreachNotifiesTheAssigneeAndTheEscalationTarget() throws Exception {
        SlaBreachNotifier notifier = new SlaBreachNotifier(inbox, users("zhang.wei", "wang.fang", "li.na"));
        notifier.tickets = tickets("wang.fang");
        notifier.teams = null;
        String payload = JsonText.object("id", 7, "number", "TK-2026-000007", "companyId", 1, "customerId", 12,
                "priority", "URGENT", "target", "FIRST_RESPONSE", "dueAt", "2026-03-02T01:30:00Z",
                "escalatedTo", "zhang.wei");
        DomainEvent event = new DomainEvent(41, CrmTopics.TICKET_SLA_BREACHED, 1, "TK-2026-000007", payload,
                Instant.parse("2026-03-02T02:00:00Z"), "crm");

        notifier.handle(event);
        notifier.handle(event);

        assertEquals(List.of(List.of("wang.fang", "sla", "SLA breached: ticket TK-2026-000007 (first response)",
                        "工单 TK-2026-000007 超出 SLA（首次响应）", "/api/crm/tickets/7", "TK-2026-000007:FIRST_RESPONSE"),
                List.of("zhang.wei", "sla", "SLA breached: ticket TK-2026-000007 (first response)",
                        "工单 TK-2026-000007 超出 SLA（首次响应）", "/api/crm/tickets/7", "TK-2026-000007:FIRST_RESPONSE")),
                db.rows("SELECT recipient, category, title_en, title_zh, link, source_ref FROM oa_notification ORDER BY id"));
        assertEquals("oa.notifications", notifier.subscriberId());
        assertEquals(Set.of("tangram/crm/TicketSlaBreached"), notifier.topics());
    }

    @Test
    void withoutCrmTheEscalationTeamIsSkippedAndSaidSo() throws Exception {
        SlaBreachNotifier notifier = new SlaBreachNotifier(inbox, users("zhang.wei"));
        String payload = JsonText.object("id", 8, "number", "TK-2026-000008", "companyId", 1, "customerId", 12,
                "priority", "HIGH", "target", "RESOLUTION", "dueAt", "2026-03-02T01:30:00Z", "escalatedTo", "SUPPORT");
        notifier.handle(new DomainEvent(42, CrmTopics.TICKET_SLA_BREACHED, 1, "TK-2026-000008", payload,
                Instant.parse("2026-03-02T02:00:00Z"), "crm"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM oa_notification"), "no one to tell without CRM");

        notifier.teams = teams(new TeamDto(3, 1, "SUPPORT", "After-sales", null, List.of("chen.jing", "wang.fang")));
        notifier.handle(new DomainEvent(42, CrmTopics.TICKET_SLA_BREACHED, 1, "TK-2026-000008", payload,
                Instant.parse("2026-03-02T02:00:00Z"), "crm"));
        assertEquals(List.of("chen.jing", "wang.fang"), db.column("SELECT recipient FROM oa_notification ORDER BY id"));
        String body = (String) db.column("SELECT body FROM oa_notification ORDER BY id").get(0);
        assertEquals("Priority HIGH, due 2026-03-02T01:30:00Z; escalated to SUPPORT / 优先级 HIGH，应于"
                + " 2026-03-02T01:30:00Z 前完成；已升级给 SUPPORT\nassignee not notified: CRM tickets are not running"
                + " / 未通知处理人：客户关系管理的工单服务未运行", body);
    }

    static UserDirectory users(String... names) {
        List<UserAccount> accounts = java.util.Arrays.stream(names)
                .map(n -> new UserAccount(n, n, true, Set.of("staff"), Instant.EPOCH, null)).toList();
        return (UserDirectory) Proxy.newProxyInstance(NotificationServiceTest.class.getClassLoader(),
                new Class<?>[] {UserDirectory.class}, (p, m, a) -> {
                    if (m.getName().equals("users")) {
                        return accounts;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static Tickets tickets(String assignee) {
        return (Tickets) Proxy.newProxyInstance(NotificationServiceTest.class.getClassLoader(),
                new Class<?>[] {Tickets.class}, (p, m, a) -> {
                    if (m.getName().equals("get")) {
                        long id = (Long) a[0];
                        return new TicketDto(id, 1, "TK-2026-00000" + id, "Pump leaks", null, null, null, null, 12,
                                "ACME Ltd", null, assignee, null, null, null, null, null, false, null, null, false, null,
                                0, null, "li.na", null);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static Teams teams(TeamDto team) {
        return (Teams) Proxy.newProxyInstance(NotificationServiceTest.class.getClassLoader(),
                new Class<?>[] {Teams.class}, (p, m, a) -> {
                    if (m.getName().equals("findByCode")) {
                        return team.code().equals(a[1]) ? Optional.of(team) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void readingNeedsTheCaller() {
        assertNotNull(inbox);
        assertThrows(ForbiddenException.class, () -> inbox.inbox(1, null, false, PageRequest.of(0, 5)));
        assertNull(CallContext.current().orElse(null));
    }
}
