package io.tangram.crm.impl.ticket;

import static io.tangram.crm.impl.ticket.TicketDesk.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.TeamInput;
import io.tangram.crm.api.ticket.ArticleDto;
import io.tangram.crm.api.ticket.ArticleInput;
import io.tangram.crm.api.ticket.TicketChannel;
import io.tangram.crm.api.ticket.TicketCommentDto;
import io.tangram.crm.api.ticket.TicketCommentInput;
import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.api.ticket.TicketInput;
import io.tangram.crm.api.ticket.TicketPriority;
import io.tangram.crm.api.ticket.TicketQuery;
import io.tangram.crm.api.ticket.TicketStatus;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/** Tickets: numbers, due times, first response, the workflow, scope and linked articles. */
class TicketServiceTest {
    private TicketDesk desk;
    private CustomerDto acme;

    @BeforeEach
    void setUp() {
        desk = new TicketDesk();
        CallContext.bind(CrmDatabase.ADMIN);
        acme = desk.customer("ACME", "li.na");
        desk.db.teams.save(new TeamInput(null, "SUPPORT", "After-sales", "zhang.wei", List.of("wang.fang", "chen.jing")));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
    }

    private TicketDto open(TicketPriority priority, String assignee, String queue) {
        return desk.tickets.create(new TicketInput(null, "Pump leaks", "Seal drips after 2 h", TicketChannel.WECHAT,
                priority, "repair", acme.partyId(), null, assignee, queue));
    }

    @Test
    void aNewTicketGetsItsNumberAndDueTimesInBusinessHours() {
        desk.clock.set(at("2026-11-27T17:00"));
        TicketDto t = open(TicketPriority.URGENT, "wang.fang", "SUPPORT");
        assertEquals("TK-2026-000001", t.number());
        assertEquals(TicketStatus.NEW, t.status());
        assertEquals("ACME Ltd", t.customerName());
        // URGENT standard targets: 30 min first response, 240 min resolution
        // Fri 17:00 + 30 → Fri 17:30
        assertEquals(at("2026-11-27T17:30"), t.firstResponseDue());
        // Fri 17:00–18:00 = 60, Mon 09:00 + 180 → Mon 12:00
        assertEquals(at("2026-11-30T12:00"), t.resolutionDue());
        assertNull(t.firstRespondedAt());
        assertTrue(desk.db.audited.contains("create ticket " + t.id()));
        assertEquals(LocalDate.parse("2026-11-27"), desk.db.customers.load(acme.partyId()).orElseThrow().lastActivityOn(),
                "a ticket is activity with the customer");
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.tickets.create(new TicketInput(null,
                " ", null, null, null, null, 9999L, 4242L, "nobody", "NOSUCH")));
        assertEquals(Set.of("subject", "customerId", "salesOrderId", "assignee", "queue"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
        ValidationException missing = assertThrows(ValidationException.class, () -> desk.tickets.create(
                new TicketInput(null, "x", null, null, null, null, null, null, null, null)));
        assertEquals(List.of("customerId"), missing.errors().stream().map(f -> f.field()).toList());
        assertEquals(0, desk.db.sql.one("SELECT COUNT(*) FROM crm_ticket", rs -> rs.getInt(1)).orElseThrow());
    }

    @Test
    void theFirstPublicReplyIsTheFirstResponseAndOpensTheTicket() {
        TicketDto t = open(TicketPriority.NORMAL, "wang.fang", null);
        desk.clock.set(at("2026-11-30T09:10"));
        desk.tickets.comment(t.id(), new TicketCommentInput("Checked stock of seals", true));
        TicketDto afterNote = desk.tickets.get(t.id());
        assertNull(afterNote.firstRespondedAt(), "an internal note is not a response");
        assertEquals(TicketStatus.NEW, afterNote.status());

        desk.clock.set(at("2026-11-30T09:25"));
        TicketCommentDto reply = desk.tickets.comment(t.id(), new TicketCommentInput("A technician comes tomorrow", null));
        assertFalse(reply.internal());
        desk.clock.set(at("2026-11-30T10:00"));
        desk.tickets.comment(t.id(), new TicketCommentInput("Please keep the pump off", false));
        TicketDto replied = desk.tickets.get(t.id());
        assertEquals(at("2026-11-30T09:25"), replied.firstRespondedAt(), "the first reply counts, not the later one");
        assertEquals(TicketStatus.OPEN, replied.status());
        assertEquals(3, desk.tickets.comments(t.id()).size());
        assertTrue(desk.db.audited.contains("note ticket " + t.id()));
        assertTrue(desk.db.audited.contains("reply ticket " + t.id()));
    }

    @Test
    void aStatusChangeIsAFirstResponseToo() {
        TicketDto t = open(TicketPriority.HIGH, null, "SUPPORT");
        desk.clock.set(at("2026-11-30T09:40"));
        TicketDto pending = desk.tickets.changeStatus(t.id(), TicketStatus.PENDING);
        assertEquals(at("2026-11-30T09:40"), pending.firstRespondedAt());
        assertEquals(TicketStatus.PENDING, pending.status());
    }

    @Test
    void theWorkflowRefusesStepsItDoesNotHaveAndReopensClosedTickets() {
        TicketDto t = open(TicketPriority.NORMAL, "wang.fang", null);
        ConflictException early = assertThrows(ConflictException.class,
                () -> desk.tickets.changeStatus(t.id(), TicketStatus.CLOSED));
        assertTrue(early.text().en().startsWith("Resolve ticket"));
        assertThrows(ConflictException.class, () -> desk.tickets.changeStatus(t.id(), TicketStatus.NEW));

        desk.clock.set(at("2026-11-30T11:00"));
        TicketDto resolved = desk.tickets.changeStatus(t.id(), TicketStatus.RESOLVED);
        assertEquals(at("2026-11-30T11:00"), resolved.resolvedAt());
        assertThrows(ConflictException.class, () -> desk.tickets.changeStatus(t.id(), TicketStatus.PENDING));
        desk.clock.set(at("2026-11-30T12:00"));
        TicketDto closed = desk.tickets.changeStatus(t.id(), TicketStatus.CLOSED);
        assertEquals(at("2026-11-30T12:00"), closed.closedAt());
        assertEquals(at("2026-11-30T11:00"), closed.resolvedAt(), "closing keeps the resolution time");
        assertThrows(ConflictException.class, () -> desk.tickets.comment(t.id(), new TicketCommentInput("hello", false)));
        assertThrows(ConflictException.class, () -> desk.tickets.update(t.id(), new TicketInput(null, "changed", null,
                null, null, null, null, null, null, null)));
        desk.tickets.comment(t.id(), new TicketCommentInput("customer called again", true));

        TicketDto reopened = desk.tickets.changeStatus(t.id(), TicketStatus.OPEN);
        assertEquals(TicketStatus.OPEN, reopened.status());
        assertNull(reopened.resolvedAt());
        assertNull(reopened.closedAt());
        assertEquals(1, reopened.reopenCount());
        assertTrue(desk.db.audited.contains("reopen ticket " + t.id()));
    }

    @Test
    void aNewPriorityRecomputesTheOpenTargetsOnly() {
        TicketDto t = open(TicketPriority.NORMAL, "wang.fang", null);
        // NORMAL from Mon 09:00: first response + 240 → 13:00; resolution + 1620 = 3 × 540 → Wed 18:00
        assertEquals(at("2026-11-30T13:00"), t.firstResponseDue());
        assertEquals(at("2026-12-02T18:00"), t.resolutionDue());
        desk.clock.set(at("2026-11-30T09:20"));
        desk.tickets.comment(t.id(), new TicketCommentInput("On it", false));
        TicketDto urgent = desk.tickets.update(t.id(), new TicketInput(null, "Pump leaks badly", null, null,
                TicketPriority.URGENT, "repair", null, null, "wang.fang", null));
        assertEquals(at("2026-11-30T13:00"), urgent.firstResponseDue(), "the met first response target stays");
        // URGENT resolution from the opening Mon 09:00: + 240 → Mon 13:00
        assertEquals(at("2026-11-30T13:00"), urgent.resolutionDue());
        assertEquals("Pump leaks badly", urgent.subject());
    }

    @Test
    void anOrderOfAnotherCustomerCannotBeLinked() {
        CustomerDto other = desk.customer("OTHER", "li.na");
        long order = desk.db.sql.insert("INSERT INTO crm_sales_order (company_id, number, customer_id, owner, status,"
                + " order_date, currency, total_net, total_tax, total, invoiced, paid, created_by, created_at, updated_at)"
                + " VALUES (1, 'SO-1', ?, 'li.na', 'CONFIRMED', ?, 'CNY', 100, 13, 113, 0, 0, 'admin', ?, ?)",
                other.partyId(), LocalDate.parse("2026-11-20"), at("2026-11-20T10:00"), at("2026-11-20T10:00"));
        ValidationException e = assertThrows(ValidationException.class, () -> desk.tickets.create(new TicketInput(null,
                "Late delivery", null, null, null, null, acme.partyId(), order, null, null)));
        assertEquals("salesOrderId", e.errors().get(0).field());
        TicketDto ok = desk.tickets.create(new TicketInput(null, "Late delivery", null, null, null, null,
                other.partyId(), order, null, null));
        assertEquals(order, ok.salesOrderId());
    }

    @Test
    void agentsSeeTheirCustomersTheirTicketsAndTheirQueue() {
        TicketDto assigned = open(TicketPriority.NORMAL, "zhao.lei", null);
        TicketDto queued = open(TicketPriority.NORMAL, null, "SUPPORT");
        TicketDto hidden = desk.tickets.create(new TicketInput(null, "Other", null, null, null, null,
                desk.customer("ZETA", "admin").partyId(), null, null, null));

        CallContext.bind(new Caller("zhao.lei", Set.of(), Set.of("crm.ticket.read")));
        assertEquals(List.of(assigned.id()), ids(desk.tickets.search(1, TicketQuery.all(), PageRequest.of(0, 50)).items()));
        assertThrows(NotFoundException.class, () -> desk.tickets.get(queued.id()));

        CallContext.bind(new Caller("chen.jing", Set.of(), Set.of("crm.ticket.read")));
        assertEquals(List.of(queued.id()), ids(desk.tickets.search(1, TicketQuery.all(), PageRequest.of(0, 50)).items()),
                "a queue member sees the queue's tickets");

        CallContext.bind(new Caller("li.na", Set.of(), Set.of("crm.ticket.read")));
        assertEquals(List.of(queued.id(), assigned.id()), ids(desk.tickets.forCustomer(acme.partyId())),
                "the customer's owner sees all its tickets, newest first");
        assertThrows(NotFoundException.class, () -> desk.tickets.get(hidden.id()));
        assertThrows(ForbiddenException.class, () -> desk.tickets.comment(queued.id(), new TicketCommentInput("x", false)));

        CallContext.bind(CrmDatabase.ADMIN);
        assertEquals(3, desk.tickets.search(1, TicketQuery.all(), PageRequest.of(0, 50)).total());
        assertEquals(1, desk.tickets.search(1, new TicketQuery(null, null, null, null, null, null, "zeta"),
                PageRequest.of(0, 50)).total(), "text finds the customer name");
    }

    @Test
    void publishedArticlesAreLinkedOnceAndDraftsNotAtAll() {
        TicketDto t = open(TicketPriority.NORMAL, "wang.fang", null);
        ArticleDto seal = desk.kb.create(new ArticleInput(null, "Replacing a pump seal", "Close the valve, then …",
                "repair", List.of("pump", "seal"), true, "en"));
        ArticleDto draft = desk.kb.create(new ArticleInput(null, "Warranty terms", "…", null, List.of(), false, null));
        assertEquals(List.of(seal.id()), desk.tickets.linkArticle(t.id(), seal.id()).stream().map(ArticleDto::id).toList());
        assertEquals(1, desk.tickets.linkArticle(t.id(), seal.id()).size(), "linking twice keeps one link");
        assertThrows(ConflictException.class, () -> desk.tickets.linkArticle(t.id(), draft.id()));
        assertThrows(NotFoundException.class, () -> desk.tickets.linkArticle(t.id(), 9999));
        assertEquals(1, desk.tickets.articles(t.id()).size());
        desk.tickets.unlinkArticle(t.id(), seal.id());
        assertTrue(desk.tickets.articles(t.id()).isEmpty());
        assertThrows(NotFoundException.class, () -> desk.tickets.unlinkArticle(t.id(), seal.id()));
    }

    private static List<Long> ids(List<TicketDto> tickets) {
        return tickets.stream().map(TicketDto::id).toList();
    }
}
