package io.tangram.crm.impl.ticket;

import static io.tangram.crm.impl.ticket.TicketDesk.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.crm.api.CrmTopics;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.TeamInput;
import io.tangram.crm.api.ticket.SlaBreachDto;
import io.tangram.crm.api.ticket.SlaCheckResult;
import io.tangram.crm.api.ticket.SlaPolicyDto;
import io.tangram.crm.api.ticket.SlaPolicyInput;
import io.tangram.crm.api.ticket.SlaReport;
import io.tangram.crm.api.ticket.SlaReportLine;
import io.tangram.crm.api.ticket.SlaTarget;
import io.tangram.crm.api.ticket.TicketCommentInput;
import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.api.ticket.TicketInput;
import io.tangram.crm.api.ticket.TicketPriority;
import io.tangram.crm.api.ticket.TicketStatus;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.web.api.JsonText;

/** SLA policies, the breach check with escalation, and the compliance report. 2026-11-30 is a Monday. */
class SlaServiceTest {
    private TicketDesk desk;
    private CustomerDto acme;

    @BeforeEach
    void setUp() {
        desk = new TicketDesk();
        CallContext.bind(CrmDatabase.ADMIN);
        acme = desk.customer("ACME", "li.na");
        desk.db.teams.save(new TeamInput(null, "SUPPORT", "After-sales", "zhang.wei", List.of("wang.fang", "zhang.wei")));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
    }

    private TicketDto open(String at, TicketPriority priority, String assignee, String queue) {
        desk.clock.set(at(at));
        return desk.tickets.create(new TicketInput(null, "Pump leaks", null, null, priority, null, acme.partyId(), null,
                assignee, queue));
    }

    private void reply(String at, TicketDto t) {
        desk.clock.set(at(at));
        desk.tickets.comment(t.id(), new TicketCommentInput("We are on it", false));
    }

    private void resolve(String at, TicketDto t) {
        desk.clock.set(at(at));
        desk.tickets.changeStatus(t.id(), TicketStatus.RESOLVED);
    }

    private List<String> breachEvents() {
        return desk.db.published.stream().filter(p -> p.startsWith(CrmTopics.TICKET_SLA_BREACHED)).toList();
    }

    @Test
    void aMissedTargetIsReportedOnceEscalatedAndPublished() {
        // NORMAL: first response 240 business minutes → Mon 09:00 + 240 = Mon 13:00
        TicketDto t = open("2026-11-30T09:00", TicketPriority.NORMAL, "wang.fang", "SUPPORT");
        assertTrue(desk.sla.check(at("2026-11-30T13:00")).breaches().isEmpty(), "due at 13:00 is not late at 13:00");

        SlaCheckResult first = desk.sla.check(at("2026-11-30T13:01"));
        assertEquals(1, first.breaches().size());
        SlaBreachDto b = first.breaches().get(0);
        assertEquals(SlaTarget.FIRST_RESPONSE, b.target());
        assertEquals(at("2026-11-30T13:00"), b.dueAt());
        assertEquals("zhang.wei", b.escalatedTo(), "wang.fang's team manager");

        TicketDto marked = desk.tickets.get(t.id());
        assertTrue(marked.firstResponseBreached());
        assertFalse(marked.resolutionBreached());
        assertEquals("zhang.wei", marked.escalatedTo());
        assertTrue(desk.db.audited.contains("sla-breach ticket " + t.id()));
        assertTrue(desk.tickets.comments(t.id()).stream().anyMatch(c -> c.internal() && c.author().equals("system")),
                "the escalation is noted on the ticket");

        List<String> events = breachEvents();
        assertEquals(1, events.size());
        String prefix = CrmTopics.TICKET_SLA_BREACHED + " " + t.number() + " ";
        assertTrue(events.get(0).startsWith(prefix));
        JsonNode payload = JsonText.read(events.get(0).substring(prefix.length()));
        assertEquals(t.id(), payload.get("id").asLong());
        assertEquals(t.number(), payload.get("number").asText());
        assertEquals(1, payload.get("companyId").asLong());
        assertEquals(acme.partyId(), payload.get("customerId").asLong());
        assertEquals("NORMAL", payload.get("priority").asText());
        assertEquals("FIRST_RESPONSE", payload.get("target").asText());
        assertEquals("2026-11-30T05:00:00Z", payload.get("dueAt").asText(), "13:00 in Shanghai is 05:00 UTC");
        assertEquals("zhang.wei", payload.get("escalatedTo").asText());

        assertTrue(desk.sla.check(at("2026-11-30T15:00")).breaches().isEmpty(), "not reported twice");
        reply("2026-11-30T16:00", t);
        assertTrue(desk.sla.check(at("2026-11-30T16:30")).breaches().isEmpty(), "a late reply does not report it again");
        assertEquals(1, breachEvents().size());
        assertEquals(1, desk.db.sql.one("SELECT COUNT(*) FROM crm_sla_breach", rs -> rs.getInt(1)).orElseThrow());
    }

    @Test
    void metTargetsNeverBreach() {
        TicketDto t = open("2026-11-30T09:00", TicketPriority.URGENT, "wang.fang", null);
        // URGENT: respond by 09:30, resolve by 13:00
        reply("2026-11-30T09:30", t);
        resolve("2026-11-30T12:59", t);
        assertTrue(desk.sla.check(at("2026-12-31T12:00")).breaches().isEmpty());
        TicketDto done = desk.tickets.get(t.id());
        assertFalse(done.firstResponseBreached());
        assertFalse(done.resolutionBreached());
        assertTrue(breachEvents().isEmpty());
    }

    @Test
    void aLateAnswerBeforeTheCheckIsStillABreach() {
        TicketDto t = open("2026-11-30T09:00", TicketPriority.URGENT, "wang.fang", null);
        reply("2026-11-30T10:00", t);
        // responded 10:00 after the 09:30 target; the check at 10:05 finds it although the answer came first
        List<SlaBreachDto> found = desk.sla.check(at("2026-11-30T10:05")).breaches();
        assertEquals(List.of(SlaTarget.FIRST_RESPONSE), found.stream().map(SlaBreachDto::target).toList());
    }

    @Test
    void bothTargetsBreachSeparately() {
        TicketDto t = open("2026-11-30T09:00", TicketPriority.URGENT, "wang.fang", null);
        assertEquals(List.of(SlaTarget.FIRST_RESPONSE),
                desk.sla.check(at("2026-11-30T10:00")).breaches().stream().map(SlaBreachDto::target).toList());
        // resolution due 09:00 + 240 = 13:00
        assertEquals(List.of(SlaTarget.RESOLUTION),
                desk.sla.check(at("2026-11-30T13:30")).breaches().stream().map(SlaBreachDto::target).toList());
        TicketDto both = desk.tickets.get(t.id());
        assertTrue(both.firstResponseBreached() && both.resolutionBreached());
        assertEquals(2, breachEvents().size());
    }

    @Test
    void escalationGoesToTheManagerElseTheQueue() {
        assertEquals("zhang.wei", desk.sla.escalationOf(1, "wang.fang", "SUPPORT"), "the assignee's manager");
        assertEquals("SUPPORT", desk.sla.escalationOf(1, "zhao.lei", "SUPPORT"), "no team: the queue");
        assertEquals("SUPPORT", desk.sla.escalationOf(1, "zhang.wei", "SUPPORT"), "the manager is not his own manager");
        assertEquals("SUPPORT", desk.sla.escalationOf(1, null, "SUPPORT"), "unassigned: the queue");
        assertNull(desk.sla.escalationOf(1, "zhao.lei", null), "nobody to escalate to");

        open("2026-11-30T09:00", TicketPriority.URGENT, null, "SUPPORT");
        open("2026-11-30T09:00", TicketPriority.URGENT, "zhao.lei", null);
        List<SlaBreachDto> found = desk.sla.check(at("2026-11-30T09:31")).breaches();
        assertEquals(2, found.size());
        assertEquals("SUPPORT", found.get(0).escalatedTo());
        assertNull(found.get(1).escalatedTo());
    }

    @Test
    void policiesAreTheCompanysOwnOrTheStandardOnes() {
        List<SlaPolicyDto> standard = desk.sla.policies(1);
        assertEquals(4, standard.size());
        assertTrue(standard.stream().allMatch(SlaPolicyDto::standard));
        SlaPolicyDto high = desk.sla.save(new SlaPolicyInput(null, TicketPriority.HIGH, 15, 120));
        assertFalse(high.standard());
        desk.sla.save(new SlaPolicyInput(null, TicketPriority.HIGH, 20, 120));
        assertEquals(20, desk.sla.policy(1, TicketPriority.HIGH).firstResponseMinutes(), "saving again replaces");
        assertTrue(desk.db.audited.contains("save sla-policy 1/HIGH"));

        // a HIGH ticket Fri 17:50: respond within 20 → 10 min Fri + 10 min Mon → Mon 09:10
        TicketDto t = open("2026-11-27T17:50", TicketPriority.HIGH, null, null);
        assertEquals(at("2026-11-30T09:10"), t.firstResponseDue());

        ValidationException e = assertThrows(ValidationException.class,
                () -> desk.sla.save(new SlaPolicyInput(null, null, 0, 10)));
        assertEquals(Set.of("priority", "firstResponseMinutes"), Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
        ValidationException shorter = assertThrows(ValidationException.class,
                () -> desk.sla.save(new SlaPolicyInput(null, TicketPriority.LOW, 60, 30)));
        assertEquals("resolutionMinutes", shorter.errors().get(0).field());

        CallContext.bind(new Caller("li.na", Set.of(), Set.of("crm.ticket.read", "crm.ticket.write")));
        assertThrows(ForbiddenException.class, () -> desk.sla.save(new SlaPolicyInput(null, TicketPriority.LOW, 60, 90)));
        assertThrows(ForbiddenException.class, () -> desk.sla.check(at("2026-11-30T10:00")));
    }

    @Test
    void theComplianceReportCountsDecidedTargetsAndBusinessMinutes() {
        // Before the period: LOW on Fri 11-27, left out of the report (its first response breaches at the check)
        open("2026-11-27T10:00", TicketPriority.LOW, null, null);
        // A URGENT Mon 09:00: reply 09:20 (20 min, due 09:30 met); resolved 12:00 (180 min, due 13:00 met)
        TicketDto a = open("2026-11-30T09:00", TicketPriority.URGENT, "wang.fang", null);
        reply("2026-11-30T09:20", a);
        resolve("2026-11-30T12:00", a);
        // B URGENT Mon 17:00: due 17:30 / Tue 12:00 (60 + 180)
        TicketDto b = open("2026-11-30T17:00", TicketPriority.URGENT, "wang.fang", null);
        // reply Tue 09:10: 60 + 10 = 70 min, missed
        reply("2026-12-01T09:10", b);
        // C HIGH Tue 10:00: respond by 11:00; never answered, breached at the 11:30 check; resolution still open
        TicketDto c = open("2026-12-01T10:00", TicketPriority.HIGH, "wang.fang", null);
        desk.sla.check(at("2026-12-01T11:30"));
        assertTrue(desk.tickets.get(c.id()).firstResponseBreached());
        // B resolved Tue 13:00: 60 + 240 = 300 min, after its 12:00 target: missed
        resolve("2026-12-01T13:00", b);
        // D HIGH Tue 14:00: reply 14:30 (30 min, met); resolved Wed 10:00 (240 + 60 = 300 min, due Wed 14:00: met)
        TicketDto d = open("2026-12-01T14:00", TicketPriority.HIGH, "wang.fang", null);
        reply("2026-12-01T14:30", d);
        // F NORMAL Wed 09:00: reply 09:05 (5 min, met); not resolved
        TicketDto f = open("2026-12-02T09:00", TicketPriority.NORMAL, "wang.fang", null);
        reply("2026-12-02T09:05", f);
        resolve("2026-12-02T10:00", d);

        SlaReport report = desk.sla.report(1, LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-06"));
        // priority, tickets, responses decided, met, %, resolutions decided, met, %, avg response, avg resolution
        // URGENT: A, B. Responses 1 of 2 met = 50.00 %; resolutions 1 of 2 = 50.00 %;
        // avg response (20 + 70) / 2 = 45.0; avg resolution (180 + 300) / 2 = 240.0
        assertLine(report.lines().get(0), TicketPriority.URGENT, 2, 2, 1, "50.00", 2, 1, "50.00", "45.0", "240.0");
        // HIGH: C, D. Responses: C breached, D met → 1 of 2 = 50.00 %; resolutions: only D decided, met → 100.00 %;
        // avg response 30 / 1 = 30.0; avg resolution 300 / 1 = 300.0
        assertLine(report.lines().get(1), TicketPriority.HIGH, 2, 2, 1, "50.00", 1, 1, "100.00", "30.0", "300.0");
        // NORMAL: F. Response 1 of 1 = 100.00 %, 5 min; no resolution decided
        assertLine(report.lines().get(2), TicketPriority.NORMAL, 1, 1, 1, "100.00", 0, 0, null, "5.0", null);
        assertLine(report.lines().get(3), TicketPriority.LOW, 0, 0, 0, null, 0, 0, null, null, null);
        // total: responses 3 of 5 = 60.00 %; resolutions 2 of 3 = 66.666… → 66.67 %;
        // avg response (20 + 70 + 30 + 5) / 4 = 31.25 → 31.3; avg resolution (180 + 300 + 300) / 3 = 260.0
        assertLine(report.total(), null, 5, 5, 3, "60.00", 3, 2, "66.67", "31.3", "260.0");

        ValidationException e = assertThrows(ValidationException.class,
                () -> desk.sla.report(1, LocalDate.parse("2026-12-06"), LocalDate.parse("2026-11-30")));
        assertEquals("to", e.errors().get(0).field());
    }

    @Test
    void theReportOnlyCountsVisibleTickets() {
        TicketDto mine = open("2026-11-30T09:00", TicketPriority.URGENT, "zhao.lei", null);
        desk.tickets.create(new TicketInput(null, "Other", null, null, TicketPriority.URGENT, null,
                desk.customer("ZETA", "admin").partyId(), null, null, null));
        reply("2026-11-30T09:10", mine);
        CallContext.bind(new Caller("zhao.lei", Set.of(), Set.of("crm.ticket.read")));
        SlaReport report = desk.sla.report(1, LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"));
        // only zhao.lei's ticket: responded in 10 min, within 30
        assertLine(report.total(), null, 1, 1, 1, "100.00", 0, 0, null, "10.0", null);
    }

    private static void assertLine(SlaReportLine line, TicketPriority priority, int tickets, int frDecided, int frMet,
                                   String frPercent, int resDecided, int resMet, String resPercent, String avgFr,
                                   String avgRes) {
        assertEquals(priority, line.priority());
        assertEquals(tickets, line.tickets(), "tickets");
        assertEquals(frDecided, line.firstResponseDecided(), "first responses decided");
        assertEquals(frMet, line.firstResponseMet(), "first responses met");
        assertEquals(decimal(frPercent), line.firstResponseMetPercent(), "first response met %");
        assertEquals(resDecided, line.resolutionDecided(), "resolutions decided");
        assertEquals(resMet, line.resolutionMet(), "resolutions met");
        assertEquals(decimal(resPercent), line.resolutionMetPercent(), "resolution met %");
        assertEquals(decimal(avgFr), line.avgFirstResponseMinutes(), "average first response minutes");
        assertEquals(decimal(avgRes), line.avgResolutionMinutes(), "average resolution minutes");
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
