package io.tangram.oa.impl.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.oa.api.approval.ApprovalDocumentTypes;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.form.FormTopics;
import io.tangram.oa.api.people.LeaveBalances;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/** Leave requests: days, the balance check, submission, the engine's decisions and the direct fallback. */
class LeaveRequestServiceTest {
    static final Caller LI_NA = new Caller("li.na", Set.of("staff"), Set.of("oa.form.submit"));
    static final Caller BOSS = new Caller("boss", Set.of("manager"), Set.of("oa.form.submit", "oa.form.approve"));

    private FormDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new FormDesk();
        CallContext.bind(LI_NA);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    /** Wed 4 March afternoon to Mon 9 March noon: 0.5 + 1 + 1 + 0.5 = 3 days. */
    private LeaveRequestDto threeDays() {
        return desk.leave.create(new LeaveRequestInput(null, LeaveType.ANNUAL, LocalDate.parse("2026-03-04"), HalfDay.PM,
                LocalDate.parse("2026-03-09"), HalfDay.AM, "Family visit"));
    }

    private void hrAnswers(boolean known, String available) {
        desk.leave.leaveBalances = (companyId, username, type, on) -> new LeaveBalances.LeaveBalance(known,
                available == null ? null : new BigDecimal(available));
    }

    @Test
    void tooFewDaysAvailableIsAConflictAndNothingIsWritten() {
        hrAnswers(true, "2");
        ConflictException e = assertThrows(ConflictException.class, this::threeDays);
        assertEquals("Annual leave: 3 days requested, 2 available", e.text().in(Locale.ENGLISH));
        assertEquals("年假：申请 3 天，可用 2 天", e.text().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_leave_request"));
        assertEquals(List.of(), desk.audit.briefs());
    }

    @Test
    void withoutHrTheRequestRecordsThatNoBalanceWasChecked() {
        LeaveRequestDto lv = threeDays();
        assertEquals("LV-2026-000001", lv.number());
        assertEquals(new BigDecimal("3.0"), lv.days());
        assertEquals(BalanceCheck.SKIPPED, lv.balanceCheck());
        assertNull(lv.balanceAvailable());
        assertEquals(new Note("balance not checked: HR is not installed", "未校验假期余额：未安装人事模块"),
                lv.balanceNote());
        assertEquals(FormStatus.DRAFT, lv.status());
        assertEquals(List.of(List.of("SKIPPED", "balance not checked: HR is not installed")),
                desk.db.rows("SELECT balance_check, balance_note_en FROM oa_leave_request"));
        assertEquals(List.of("create leave-request " + lv.id()), desk.audit.briefs());
    }

    @Test
    void withHrTheAvailableDaysAreRecorded() {
        hrAnswers(true, "5.5");
        LeaveRequestDto lv = threeDays();
        assertEquals(BalanceCheck.CHECKED, lv.balanceCheck());
        assertEquals(0, new BigDecimal("5.5").compareTo(lv.balanceAvailable()));
        assertNull(lv.balanceNote());
    }

    @Test
    void submitSendsTheExactRequestToTheApprovals() {
        LeaveRequestDto lv = threeDays();
        LeaveRequestDto submitted = desk.leave.submit(1, lv.number());

        assertEquals(List.of(new ApprovalRequest(1, ApprovalDocumentTypes.LEAVE_REQUEST, String.valueOf(lv.id()),
                "LV-2026-000001", null, "li.na", "LV-2026-000001: Annual leave 3 days (2026-03-04 – 2026-03-09) / 年假 3 天",
                Map.of("leaveType", "ANNUAL", "days", "3"))), desk.approvals.submitted);
        assertEquals(FormStatus.SUBMITTED, submitted.status());
        assertEquals("AP-2026-000001", submitted.approvalReference());
        assertEquals(FormDesk.NOW, submitted.submittedAt());
        ConflictException again = assertThrows(ConflictException.class, () -> desk.leave.submit(1, lv.number()));
        assertEquals("Leave request LV-2026-000001 is SUBMITTED; only a draft or a returned form can be submitted",
                again.text().in(Locale.ENGLISH));
        assertThrows(ConflictException.class, () -> desk.leave.update(1, lv.number(), new LeaveRequestInput(null,
                LeaveType.SICK, LocalDate.parse("2026-03-04"), null, LocalDate.parse("2026-03-04"), null, null)));
    }

    @Test
    void anApprovedDecisionApprovesOncePublishesTheEventAndRedeliveryChangesNothing() {
        LeaveRequestDto lv = desk.leave.submit(1, threeDays().number());
        DomainEvent approved = FormDesk.decided(9, "AP-2026-000001", ApprovalDocumentTypes.LEAVE_REQUEST, lv.id(),
                lv.number(), ApprovalStatus.APPROVED, "boss", "Enjoy");

        desk.outcomes.handle(approved);
        desk.outcomes.handle(approved);

        LeaveRequestDto done = desk.leave.get(1, lv.number());
        assertEquals(FormStatus.APPROVED, done.status());
        assertEquals("Enjoy", done.outcomeComment());
        assertEquals("boss", done.decidedBy());
        List<DomainEvent> published = desk.events.on(FormTopics.LEAVE_REQUEST_APPROVED);
        assertEquals(1, published.size());
        assertEquals("LV-2026-000001", published.get(0).sourceRef());
        assertEquals("{\"number\":\"LV-2026-000001\",\"employee\":\"li.na\",\"leaveType\":\"ANNUAL\","
                + "\"from\":\"2026-03-04\",\"to\":\"2026-03-09\",\"fromHalf\":\"PM\",\"toHalf\":\"AM\",\"days\":\"3.0\"}",
                published.get(0).payload());
        assertEquals(1, desk.audit.briefs().stream().filter(b -> b.startsWith("decided")).count());

        desk.leave.cancel(1, lv.number(), "plans changed");
        List<DomainEvent> cancelled = desk.events.on(FormTopics.LEAVE_REQUEST_CANCELLED);
        assertEquals(1, cancelled.size());
        assertEquals(published.get(0).payload(), cancelled.get(0).payload());
        assertEquals(FormStatus.CANCELLED, desk.leave.get(1, lv.number()).status());
    }

    @Test
    void aDecisionForAnotherDocumentTypeOrAnOlderApprovalIsIgnored() {
        LeaveRequestDto lv = desk.leave.submit(1, threeDays().number());
        desk.outcomes.handle(FormDesk.decided(3, "AP-2026-000001", ApprovalDocumentTypes.PURCHASE_ORDER, lv.id(),
                "PO-1", ApprovalStatus.APPROVED, "boss", null));
        desk.outcomes.handle(FormDesk.decided(4, "AP-2025-000099", ApprovalDocumentTypes.LEAVE_REQUEST, lv.id(),
                lv.number(), ApprovalStatus.APPROVED, "boss", null));
        assertEquals(FormStatus.SUBMITTED, desk.leave.get(1, lv.number()).status());
        assertEquals(List.of(), desk.events.events());
    }

    @Test
    void aReturnedRequestIsEditableAndResubmitted() {
        LeaveRequestDto lv = desk.leave.submit(1, threeDays().number());
        desk.outcomes.handle(FormDesk.decided(5, "AP-2026-000001", ApprovalDocumentTypes.LEAVE_REQUEST, lv.id(),
                lv.number(), ApprovalStatus.RETURNED, "boss", "Only until Friday please"));
        LeaveRequestDto returned = desk.leave.get(1, lv.number());
        assertEquals(FormStatus.RETURNED, returned.status());
        assertEquals("Only until Friday please", returned.outcomeComment());

        LeaveRequestDto changed = desk.leave.update(1, lv.number(), new LeaveRequestInput(null, LeaveType.ANNUAL,
                LocalDate.parse("2026-03-04"), HalfDay.PM, LocalDate.parse("2026-03-06"), null, "Family visit"));
        assertEquals(new BigDecimal("2.5"), changed.days());
        LeaveRequestDto resubmitted = desk.leave.submit(1, lv.number());
        assertEquals(FormStatus.SUBMITTED, resubmitted.status());
        assertEquals("AP-2026-000002", resubmitted.approvalReference());
        assertNull(resubmitted.outcomeComment());
        assertEquals(Map.of("leaveType", "ANNUAL", "days", "2.5"), desk.approvals.submitted.get(1).fields());

        desk.outcomes.handle(FormDesk.decided(6, "AP-2026-000001", ApprovalDocumentTypes.LEAVE_REQUEST, lv.id(),
                lv.number(), ApprovalStatus.APPROVED, "boss", "stale"));
        assertEquals(FormStatus.SUBMITTED, desk.leave.get(1, lv.number()).status(), "the old approval is over");
    }

    @Test
    void withoutAProcessAUserWithThePermissionApprovesDirectly() {
        desk.approvals.processDefined = false;
        LeaveRequestDto lv = desk.leave.submit(1, threeDays().number());
        assertEquals(FormStatus.SUBMITTED, lv.status());
        assertNull(lv.approvalReference());
        assertEquals("no approval process defined: waiting for a user with permission oa.form.approve",
                lv.approvalNote().en());
        assertThrows(io.tangram.platform.api.error.ForbiddenException.class,
                () -> desk.leave.approveDirectly(1, lv.number(), "ok"));

        CallContext.bind(BOSS);
        assertEquals(List.of(lv.id()), desk.leave.waiting(1, PageRequest.of(0, 10)).items().stream()
                .map(LeaveRequestDto::id).toList());
        LeaveRequestDto approved = desk.leave.approveDirectly(1, lv.number(), "ok");
        assertEquals(FormStatus.APPROVED, approved.status());
        assertEquals("boss", approved.decidedBy());
        assertEquals(new Note("no approval process defined: approved by permission", "未定义审批流程：按权限批准"),
                approved.approvalNote());
        assertEquals(1, desk.events.on(FormTopics.LEAVE_REQUEST_APPROVED).size());
        assertEquals("approve leave-request " + lv.id(), desk.audit.briefs().get(desk.audit.briefs().size() - 1));
    }

    @Test
    void cancellingAWaitingRequestWithdrawsItsApproval() {
        LeaveRequestDto lv = desk.leave.submit(1, threeDays().number());
        desk.leave.cancel(1, lv.number(), "not needed");
        assertEquals(List.of("AP-2026-000001: not needed"), desk.approvals.withdrawn);
        assertEquals(FormStatus.CANCELLED, desk.leave.get(1, lv.number()).status());
        assertEquals(List.of(), desk.events.events(), "never approved: nothing for HR");
    }

    @Test
    void othersNeitherSeeNorChangeTheRequest() {
        LeaveRequestDto lv = threeDays();
        CallContext.bind(new Caller("wang.fang", Set.of("staff"), Set.of("oa.form.submit")));
        assertThrows(NotFoundException.class, () -> desk.leave.get(1, lv.number()));
        assertThrows(NotFoundException.class, () -> desk.leave.submit(1, lv.number()));
        assertEquals(0, desk.leave.mine(1, null, PageRequest.of(0, 10)).total());
        CallContext.bind(LI_NA);
        assertEquals(1, desk.leave.mine(1, FormStatus.DRAFT, PageRequest.of(0, 10)).total());
    }

    @Test
    void aBackwardsOrWeekendOnlyLeaveNamesTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.leave.create(new LeaveRequestInput(
                null, null, LocalDate.parse("2026-03-07"), null, LocalDate.parse("2026-03-08"), null, null)));
        assertEquals(List.of("leaveType", "to"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals("the leave covers no working day (Monday to Friday)",
                e.errors().get(1).message().in(Locale.ENGLISH));
    }
}
