package io.tangram.hr.impl.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.hr.impl.leave.LeaveRequest.Half;
import io.tangram.hr.impl.leave.LeaveRequest.Status;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalTopics;
import io.tangram.oa.api.form.FormTopics;
import io.tangram.oa.api.people.LeaveBalances.LeaveBalance;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.security.CallContext;
import io.tangram.web.api.JsonText;

/** Leave requests, their approval with and without OA, balances, accruals, OA leave forms and the leave calendar. */
class LeaveRequestServiceTest {
    private LeaveDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new LeaveDesk();
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private LeaveRequest ask(String type, String from, Half fromHalf, String to, Half toHalf) throws Exception {
        return CallContext.runAs(LeaveDesk.LI_NA, () -> desk.requests.request(new LeaveRequestInput(null, null, type,
                LocalDate.parse(from), fromHalf, LocalDate.parse(to), toHalf, "Family matters", null)));
    }

    private static Set<String> fields(ValidationException e) {
        return Set.copyOf(e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void halfDaysAcrossAWeekendAndAHolidayCountOnWorkingDays() throws Exception {
        // Wed 09-30 from noon 0.5, Thu 10-01 holiday, Fri 10-02 1, weekend, Mon 10-05 until noon 0.5
        LeaveRequest r = ask("PERSONAL", "2026-09-30", Half.PM, "2026-10-05", Half.AM);
        assertEquals(new BigDecimal("2.00"), r.days());
        assertEquals("HLV-2026-000001", r.number());
        assertEquals(Status.PENDING, r.status());
        assertEquals("MANAGER", r.approvalPath());
        assertEquals("OA skipped: OA is not installed; the employee's manager or HR approves here", r.approvalNote());
        assertEquals("未使用 OA：OA 未安装，由员工的上级或人事在此审批", r.approvalNoteZh());
        assertEquals(List.of("request leave-request " + r.id()), desk.audit.briefs());

        CallContext.runAs(LeaveDesk.BOSS, () -> desk.requests.approve(1, r.number(), "ok"));
        List<LeaveDay> days = desk.requests.approvedLeave(desk.liNa, LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-10-31"));
        assertEquals(List.of(
                new LeaveDay(LocalDate.parse("2026-09-30"), "PERSONAL", new BigDecimal("0.5"), false, r.number()),
                new LeaveDay(LocalDate.parse("2026-10-02"), "PERSONAL", BigDecimal.ONE, false, r.number()),
                new LeaveDay(LocalDate.parse("2026-10-05"), "PERSONAL", new BigDecimal("0.5"), false, r.number())), days);
        assertEquals(List.of(new LeaveDay(LocalDate.parse("2026-10-02"), "PERSONAL", BigDecimal.ONE, false, r.number())),
                desk.requests.approvedLeave(desk.liNa, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-04")),
                "clipped to the asked days");
    }

    @Test
    void badRequestsNameTheirFieldsAndWriteNothing() throws Exception {
        ValidationException backwards = assertThrows(ValidationException.class,
                () -> ask("PERSONAL", "2026-10-09", null, "2026-10-08", null));
        assertEquals(Set.of("to"), fields(backwards));
        ValidationException weekend = assertThrows(ValidationException.class,
                () -> ask("PERSONAL", "2026-10-03", null, "2026-10-04", null));
        assertEquals(Set.of("from"), fields(weekend));
        assertEquals("the leave from 2026-10-03 to 2026-10-04 has no working days",
                weekend.errors().get(0).message().in(Locale.ENGLISH));
        ValidationException halves = assertThrows(ValidationException.class,
                () -> ask("BEREAVEMENT", "2026-10-08", Half.PM, "2026-10-09", null));
        assertEquals(Set.of("fromHalf"), fields(halves));
        assertEquals(0, desk.rows("hr_leave_request"));
    }

    @Test
    void anInsufficientBalanceIsRefusedAndWritesNoRow() throws Exception {
        desk.annualBalance("E0002", "2.5");
        ConflictException e = assertThrows(ConflictException.class,
                () -> ask("ANNUAL", "2026-11-02", null, "2026-11-04", null));
        assertEquals("Annual leave balance is 2.5 days; this request needs 3 days", e.text().in(Locale.ENGLISH));
        assertEquals("年假余额为 2.5 天，本次申请需要 3 天", e.text().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(0, desk.rows("hr_leave_request"));
        assertEquals(1, desk.rows("hr_leave_entry"), "only the opening balance");
    }

    @Test
    void theManagerApprovesWithoutOaAnotherUserMayNotAndCancellingRestores() throws Exception {
        desk.annualBalance("E0002", "5");
        LeaveRequest r = ask("ANNUAL", "2026-11-02", null, "2026-11-04", Half.AM);
        assertEquals(new BigDecimal("2.50"), r.days());
        assertThrows(ForbiddenException.class,
                () -> CallContext.runAs(LeaveDesk.WANG_FANG, () -> desk.requests.approve(1, r.number(), null)));
        assertThrows(ForbiddenException.class,
                () -> CallContext.runAs(LeaveDesk.LI_NA, () -> desk.requests.approve(1, r.number(), null)));
        ConflictException overlap = assertThrows(ConflictException.class,
                () -> ask("PERSONAL", "2026-11-04", null, "2026-11-04", null));
        assertEquals("Li Na already has leave request HLV-2026-000001 from 2026-11-02 to 2026-11-04 (PENDING)"
                + " overlapping these days", overlap.text().in(Locale.ENGLISH));
        LeaveRequest afternoon = ask("PERSONAL", "2026-11-04", Half.PM, "2026-11-04", null);
        assertEquals(new BigDecimal("0.50"), afternoon.days(), "the afternoon does not overlap a morning end");

        desk.clock.set(Instant.parse("2026-09-02T03:00:00Z"));
        LeaveRequest approved = CallContext.runAs(LeaveDesk.BOSS, () -> desk.requests.approve(1, r.number(), "Enjoy"));
        assertEquals(Status.APPROVED, approved.status());
        assertEquals("boss", approved.decidedBy());
        assertEquals(new BigDecimal("2.50"), desk.annual(desk.liNa));
        assertEquals(List.of(List.of("TAKEN", new BigDecimal("-2.50"), "HLV-2026-000001")), desk.db.rows(
                "SELECT kind, days, reference FROM hr_leave_entry WHERE kind = 'TAKEN'"));

        LeaveRequest cancelled = CallContext.runAs(LeaveDesk.LI_NA, () -> desk.requests.cancel(1, r.number(), "Plans changed"));
        assertEquals(Status.CANCELLED, cancelled.status());
        assertEquals(new BigDecimal("5.00"), desk.annual(desk.liNa));
        ConflictException again = assertThrows(ConflictException.class,
                () -> CallContext.runAs(LeaveDesk.LI_NA, () -> desk.requests.cancel(1, r.number(), null)));
        assertEquals("Leave request HLV-2026-000001 is CANCELLED; only approved leave can be cancelled",
                again.text().in(Locale.ENGLISH));
        assertTrue(desk.audit.briefs().containsAll(List.of("approve leave-request " + r.id(),
                "cancel leave-request " + r.id())));
    }

    @Test
    void withOaTheRequestIsSubmittedAndTheDecisionAppliedOnce() throws Exception {
        LeaveDesk.StubApprovals oa = new LeaveDesk.StubApprovals();
        desk.requests.approvals = oa;
        desk.annualBalance("E0002", "5");
        LeaveRequest r = ask("ANNUAL", "2026-11-02", null, "2026-11-03", null);
        assertEquals(List.of(new ApprovalRequest(1, "hr.leave-request", String.valueOf(r.id()), "HLV-2026-000001", null,
                "li.na", "Annual leave 年假 · Li Na · 2 days 2026-11-02 – 2026-11-03 (HLV-2026-000001)",
                Map.of("leaveType", "ANNUAL", "days", "2.00"))), oa.submitted);
        assertEquals("OA", r.approvalPath());
        assertEquals("AP-2026-000001", r.approvalRef());
        assertEquals(Status.PENDING, r.status());
        ConflictException here = assertThrows(ConflictException.class,
                () -> CallContext.runAs(LeaveDesk.BOSS, () -> desk.requests.approve(1, r.number(), null)));
        assertEquals("Leave request HLV-2026-000001 is decided in the OA workflow (approval AP-2026-000001)",
                here.text().in(Locale.ENGLISH));

        LeaveApprovals subscriber = new LeaveApprovals(desk.requests);
        DomainEvent approved = decided(1, "AP-2026-000001", r.id(), "APPROVED");
        subscriber.handle(approved);
        assertEquals(Status.APPROVED, desk.requests.load(r.id()).orElseThrow().status());
        assertEquals(new BigDecimal("3.00"), desk.annual(desk.liNa));
        subscriber.handle(approved);
        assertEquals(new BigDecimal("3.00"), desk.annual(desk.liNa), "a redelivered event changes nothing");
        subscriber.handle(new DomainEvent(2, ApprovalTopics.APPROVAL_DECIDED, 1, "AP-2026-000099", JsonText.object(
                "reference", "AP-2026-000099", "documentType", "inventory.purchase-order", "documentId", String.valueOf(r.id()),
                "outcome", "REJECTED"), Instant.EPOCH, "oa"));
        assertEquals(Status.APPROVED, desk.requests.load(r.id()).orElseThrow().status(), "other documents are ignored");

        LeaveRequest second = ask("ANNUAL", "2026-11-09", null, "2026-11-09", null);
        subscriber.handle(decided(3, "AP-2026-000002", second.id(), "REJECTED"));
        LeaveRequest rejected = desk.requests.load(second.id()).orElseThrow();
        assertEquals(Status.REJECTED, rejected.status());
        assertEquals("Too busy", rejected.decisionComment());
        assertEquals(new BigDecimal("3.00"), desk.annual(desk.liNa), "a rejection changes no balance");
        assertEquals(1, desk.db.number("SELECT COUNT(*) FROM hr_leave_entry WHERE kind = 'TAKEN'"));

        LeaveRequest third = ask("ANNUAL", "2026-11-10", null, "2026-11-10", null);
        CallContext.runAs(LeaveDesk.LI_NA, () -> desk.requests.withdraw(1, third.number(), "Not needed"));
        assertEquals(List.of("AP-2026-000003: Not needed"), oa.withdrawn);
    }

    @Test
    void withoutAnOaProcessTheSkipIsRecorded() throws Exception {
        LeaveDesk.StubApprovals oa = new LeaveDesk.StubApprovals();
        oa.process = false;
        desk.requests.approvals = oa;
        LeaveRequest r = ask("PERSONAL", "2026-11-02", null, "2026-11-02", null);
        assertEquals("MANAGER", r.approvalPath());
        assertNull(r.approvalRef());
        assertEquals("OA skipped: OA defines no approval process for hr.leave-request; the employee's manager or HR"
                + " approves here", r.approvalNote());
        assertTrue(oa.submitted.isEmpty());
    }

    private static DomainEvent decided(long id, String reference, long requestId, String outcome) {
        return new DomainEvent(id, ApprovalTopics.APPROVAL_DECIDED, 1, reference, JsonText.object("reference", reference,
                "documentType", "hr.leave-request", "documentId", String.valueOf(requestId), "documentNumber", "?",
                "outcome", outcome, "decidedBy", "boss", "comment", "REJECTED".equals(outcome) ? "Too busy" : null,
                "requester", "li.na"), Instant.EPOCH, "oa");
    }

    @Test
    void approvedOaLeaveFormsDeductOnceAndCancellingRestores() throws Exception {
        desk.annualBalance("E0002", "5");
        OaLeaveForms forms = new OaLeaveForms(desk.requests);
        String payload = JsonText.object("number", "LV-2026-000005", "employee", "li.na", "leaveType", "ANNUAL",
                "from", "2026-11-02", "to", "2026-11-03", "fromHalf", null, "toHalf", "AM", "days", "1.5");
        DomainEvent approved = new DomainEvent(7, FormTopics.LEAVE_REQUEST_APPROVED, 1, "LV-2026-000005", payload,
                Instant.EPOCH, "oa");
        forms.handle(approved);
        forms.handle(approved);
        List<LeaveRequest> recorded = CallContext.runAs(LeaveDesk.ADMIN,
                () -> desk.requests.search(1, "E0002", null, io.tangram.platform.api.query.PageRequest.of(0, 10)).items());
        assertEquals(1, recorded.size());
        LeaveRequest r = recorded.get(0);
        assertEquals("OA", r.source());
        assertEquals("LV-2026-000005", r.sourceRef());
        assertEquals(Status.APPROVED, r.status());
        assertEquals(Half.AM, r.toHalf());
        assertEquals(new BigDecimal("3.50"), desk.annual(desk.liNa));

        forms.handle(new DomainEvent(8, FormTopics.LEAVE_REQUEST_APPROVED, 1, "LV-2026-000006", JsonText.object(
                "number", "LV-2026-000006", "employee", "nobody", "leaveType", "ANNUAL", "from", "2026-11-02",
                "to", "2026-11-02", "days", "1"), Instant.EPOCH, "oa"));
        assertEquals(1, desk.rows("hr_leave_request"), "an unknown employee is skipped");

        DomainEvent cancelled = new DomainEvent(9, FormTopics.LEAVE_REQUEST_CANCELLED, 1, "LV-2026-000005", payload,
                Instant.EPOCH, "oa");
        forms.handle(cancelled);
        forms.handle(cancelled);
        assertEquals(Status.CANCELLED, desk.requests.load(r.id()).orElseThrow().status());
        assertEquals(new BigDecimal("5.00"), desk.annual(desk.liNa));
        assertEquals(1, desk.db.number("SELECT COUNT(*) FROM hr_leave_entry WHERE kind = 'RESTORED'"));
    }

    @Test
    void leaveBalancesAnswerOa() throws Exception {
        desk.annualBalance("E0002", "4.5");
        LocalDate on = LocalDate.parse("2026-11-02");
        assertEquals(new LeaveBalance(true, new BigDecimal("4.50")), desk.balances.balance(1, "li.na", "ANNUAL", on));
        assertEquals(new LeaveBalance(true, null), desk.balances.balance(1, "li.na", "SICK", on));
        assertEquals(new LeaveBalance(true, new BigDecimal("3.00")), desk.balances.balance(1, "li.na", "MARRIAGE", on));
        assertEquals(new LeaveBalance(false, null), desk.balances.balance(1, "nobody", "ANNUAL", on));
        assertEquals(new LeaveBalance(false, null), desk.balances.balance(1, "li.na", "SABBATICAL", on));
    }

    @Test
    void monthlyAccrualStartsAfterTheFirstYearOfService() throws Exception {
        long newcomer = desk.employee("E0004", "zhao.lei", "Zhao Lei", "2026-03-15");
        CallContext.bind(LeaveDesk.ADMIN);
        AccrualRun march = desk.balances.accrue(1, YearMonth.of(2026, 3));
        assertEquals(4, march.employees());
        // boss 16 years: 10/12 → 0.83; li.na 2 years: 5 → 1.25−0.83 = 0.42; wang.fang 2 years: 0.42; newcomer 0
        assertEquals(3, march.entries());
        assertEquals(new BigDecimal("1.67"), march.days());
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM hr_leave_entry WHERE employee_id = ?", newcomer));
        AccrualRun again = desk.balances.accrue(1, YearMonth.of(2026, 3));
        assertEquals(0, again.entries());
        assertEquals(3, again.alreadyDone());

        desk.balances.accrue(1, YearMonth.of(2027, 2));
        desk.balances.accrue(1, YearMonth.of(2027, 3));
        desk.balances.accrue(1, YearMonth.of(2027, 4));
        desk.balances.accrue(1, YearMonth.of(2027, 5));
        // under a year on 2027-02-28; 5 days from March: 1.25−0.83, 1.67−1.25, 2.08−1.67
        assertEquals(List.of(List.of("2027-03", new BigDecimal("0.42")), List.of("2027-04", new BigDecimal("0.42")),
                List.of("2027-05", new BigDecimal("0.41"))), desk.db.rows("SELECT reference, days FROM hr_leave_entry"
                + " WHERE employee_id = ? ORDER BY effective_date", newcomer));
        assertEquals(new BigDecimal("1.25"), new LeaveLedger(desk.sql, desk.db.transactions()).balance(newcomer, desk.annualType(), 2027, null));
    }

    @Test
    void theBalanceReportShowsEntitledAccruedTakenAndAvailable() throws Exception {
        desk.annualBalance("E0002", "5");
        LeaveRequest r = ask("ANNUAL", "2026-11-02", null, "2026-11-03", null);
        CallContext.runAs(LeaveDesk.BOSS, () -> desk.requests.approve(1, r.number(), null));
        List<BalanceLine> report = CallContext.runAs(LeaveDesk.ADMIN,
                () -> desk.balances.report(1, LocalDate.parse("2026-11-30"), "SALES"));
        BalanceLine annual = report.stream().filter(l -> l.employee().equals("E0002") && l.leaveType().equals("ANNUAL"))
                .findFirst().orElseThrow();
        assertEquals(new BalanceLine("E0002", "Li Na", "SALES", "ANNUAL", "Annual leave", "年假", true, 2026,
                new BigDecimal("5.00"), new BigDecimal("5.00"), new BigDecimal("2.00"), new BigDecimal("3.00")), annual);
        assertEquals(21, report.size(), "3 employees × 7 types");
        assertThrows(ForbiddenException.class, () -> CallContext.runAs(LeaveDesk.LI_NA,
                () -> desk.balances.report(1, LocalDate.parse("2026-11-30"), null)));
        assertThrows(ForbiddenException.class, () -> CallContext.runAs(LeaveDesk.LI_NA,
                () -> desk.balances.balances(1, "E0003", null)));
        assertEquals(7, CallContext.runAs(LeaveDesk.LI_NA, () -> desk.balances.balances(1, null, null)).size());
    }

    @Test
    void januaryCarriesUpToTheMaximumOverAndTheRestExpires() throws Exception {
        desk.annualBalance("E0002", "8");
        CallContext.bind(LeaveDesk.ADMIN);
        AccrualRun january = desk.balances.accrue(1, YearMonth.of(2027, 1));
        // li.na: carried 5 out of 2026 and into 2027, 3 expire, 0.42 accrued; boss 0.83; wang.fang 0.42
        assertEquals(6, january.entries());
        assertEquals(new BigDecimal("1.67"), january.days());
        LeaveLedger ledger = new LeaveLedger(desk.sql, desk.db.transactions());
        assertEquals(new BigDecimal("0.00"), ledger.balance(desk.liNa, desk.annualType(), 2026, null));
        assertEquals(new BigDecimal("5.42"), ledger.balance(desk.liNa, desk.annualType(), 2027, null));
        assertEquals(List.of(List.of(2026, "CARRY_OVER", new BigDecimal("-5.00")), List.of(2026, "EXPIRY",
                new BigDecimal("-3.00")), List.of(2027, "CARRY_OVER", new BigDecimal("5.00"))), desk.db.rows(
                "SELECT leave_year, kind, days FROM hr_leave_entry WHERE employee_id = ? AND kind IN ('CARRY_OVER', 'EXPIRY')"
                + " ORDER BY leave_year, kind", desk.liNa));
        assertEquals(0, desk.balances.accrue(1, YearMonth.of(2027, 1)).entries());
    }
}
