package io.tangram.oa.impl.approval;

import static io.tangram.oa.impl.approval.ApprovalDesk.approver;
import static io.tangram.oa.impl.approval.ApprovalDesk.request;
import static io.tangram.oa.impl.approval.ApprovalDesk.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.ApprovalTopics;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/** Submitting, routing, acting, delegation, reminders and concurrency of the approval engine. */
class ApprovalServiceTest {
    private ApprovalDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new ApprovalDesk();
        CallContext.bind(ApprovalDesk.ADMIN);
        desk.organisation();
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    /** Department manager always; above 10,000 also both finance managers (会签). */
    private ProcessDto expenseProcess() {
        return desk.processes.create(new ProcessInput(null, "EXPENSE", "oa.expense-claim", "Expense claims", "费用报销",
                null, List.of(
                        step("Department manager", "部门负责人审批", "ALL", List.of(),
                                approver("DEPARTMENT_MANAGER", null)),
                        step("Finance managers", "财务经理会签", "ALL",
                                List.of(new StepCondition("amount", "GT", "10000")),
                                approver("ROLE", "finance-manager")))));
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        return CallContext.runAs(approver(user), work);
    }

    private List<String> history(String reference) {
        return desk.approvals.detail(reference).history().stream()
                .map(h -> h.action() + " " + h.who() + (h.stepName() == null ? "" : " @" + h.stepName())
                        + (h.comment() == null ? "" : ": " + h.comment())).toList();
    }

    @Test
    void noActiveProcessMeansTheModuleApprovesByItsOwnRules() {
        assertEquals(Optional.empty(), desk.approvals.submit(request("1", "500.00")));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_approval"));
        assertEquals(List.of(), desk.events.events());
    }

    @Test
    void upToTenThousandOnlyTheDepartmentManagerApproves() throws Exception {
        expenseProcess();
        ApprovalState s = desk.approvals.submit(request("1", "10000.00")).orElseThrow();
        assertEquals("AP-2026-000001", s.reference());
        assertEquals(ApprovalStatus.PENDING, s.status());
        assertEquals("Department manager", s.currentStep());
        assertEquals(List.of("zhang.wei"), s.waitingFor());
        assertEquals(List.of("zhang.wei: Approval waiting: Trip to Shenzhen (AP-2026-000001)"), desk.notifications());

        ApprovalState done = as("zhang.wei", () -> desk.approvals.approve(s.reference(), "OK"));
        assertEquals(ApprovalStatus.APPROVED, done.status());
        assertEquals("zhang.wei", done.decidedBy());
        assertEquals("OK", done.comment());
        assertEquals(List.of("SUBMIT admin",
                "SKIP system @Finance managers: conditions do not hold: amount GT 10000 / 条件不满足：amount GT 10000",
                "APPROVE zhang.wei @Department manager: OK"), history(s.reference()).stream()
                        .map(h -> h.replace(": managers from OA's department mapping: HR is not installed / 部门负责人取自 OA 部门设置：未安装人事模块", ""))
                        .toList());
        assertEquals(1, desk.events.on(ApprovalTopics.APPROVAL_DECIDED).size());
        assertEquals("li.na: AP-2026-000001 approved: Trip to Shenzhen", desk.notifications().get(1));
    }

    @Test
    void twentyThousandNeedsTheManagerThenBothFinanceManagers() throws Exception {
        expenseProcess();
        String ref = desk.approvals.submit(request("2", "20000.00")).orElseThrow().reference();
        ApprovalState afterManager = as("zhang.wei", () -> desk.approvals.approve(ref, null));
        assertEquals(ApprovalStatus.PENDING, afterManager.status());
        assertEquals("Finance managers", afterManager.currentStep());
        assertEquals(List.of("qian.jin", "sun.li"), afterManager.waitingFor());

        ApprovalState afterOne = as("qian.jin", () -> desk.approvals.approve(ref, "budget ok"));
        assertEquals(ApprovalStatus.PENDING, afterOne.status());
        assertEquals(List.of("sun.li"), afterOne.waitingFor());
        assertEquals(List.of(), desk.events.on(ApprovalTopics.APPROVAL_DECIDED));

        ApprovalState last = as("sun.li", () -> desk.approvals.approve(ref, "fine"));
        assertEquals(ApprovalStatus.APPROVED, last.status());
        assertEquals("sun.li", last.decidedBy());
        assertEquals(3, desk.db.number("SELECT COUNT(*) FROM oa_approval_task WHERE status = 'APPROVED'"));
        assertEquals(1, desk.events.on(ApprovalTopics.APPROVAL_DECIDED).size());
    }

    @Test
    void anyStepIsCompletedByTheFirstApprovalAndSkipsTheOthers() throws Exception {
        desk.processes.create(new ProcessInput(null, "GENERAL", "oa.expense-claim", "General", "通用", null, List.of(
                step("Finance", "财务或签", "ANY", List.of(), approver("ROLE", "finance-manager")))));
        String ref = desk.approvals.submit(request("3", "100.00")).orElseThrow().reference();
        ApprovalState s = as("sun.li", () -> desk.approvals.approve(ref, "ok"));
        assertEquals(ApprovalStatus.APPROVED, s.status());
        assertEquals(List.of("qian.jin SKIPPED", "sun.li APPROVED"), desk.approvals.detail(ref).tasks().stream()
                .map(t -> t.assignee() + " " + t.status()).toList());
        assertTrue(history(ref).contains("SKIP system @Finance: qian.jin no longer needs to act: sun.li approved the"
                + " step / qian.jin 无需再审批：sun.li 已批准该步骤"));
        ConflictException late = assertThrows(ConflictException.class,
                () -> as("qian.jin", () -> desk.approvals.approve(ref, "me too")));
        assertEquals(ref + " is already approved", late.getMessage());
    }

    @Test
    void rejectIsFinalWithItsCommentAndTheExactEvents() throws Exception {
        expenseProcess();
        ApprovalState s = desk.approvals.submit(request("4", "20000.00")).orElseThrow();
        ApprovalState rejected = as("zhang.wei", () -> desk.approvals.reject(s.reference(), "no receipts"));
        assertEquals(ApprovalStatus.REJECTED, rejected.status());
        assertEquals("no receipts", rejected.comment());
        assertNull(rejected.currentStep());
        assertEquals(List.of(), rejected.waitingFor());

        List<DomainEvent> submitted = desk.events.on(ApprovalTopics.APPROVAL_SUBMITTED);
        assertEquals(1, submitted.size());
        assertEquals(s.reference(), submitted.get(0).sourceRef());
        assertEquals("{\"reference\":\"AP-2026-000001\",\"documentType\":\"oa.expense-claim\",\"documentId\":\"4\","
                + "\"documentNumber\":\"EXP-2026-4\",\"requester\":\"li.na\",\"processCode\":\"EXPENSE\","
                + "\"processVersion\":1}", submitted.get(0).payload());
        List<DomainEvent> decided = desk.events.on(ApprovalTopics.APPROVAL_DECIDED);
        assertEquals(1, decided.size());
        assertEquals("{\"reference\":\"AP-2026-000001\",\"documentType\":\"oa.expense-claim\",\"documentId\":\"4\","
                + "\"documentNumber\":\"EXP-2026-4\",\"outcome\":\"REJECTED\",\"decidedBy\":\"zhang.wei\","
                + "\"comment\":\"no receipts\",\"requester\":\"li.na\"}", decided.get(0).payload());
        assertEquals(2, desk.db.number("SELECT COUNT(*) FROM oa_approval_task WHERE status = 'CANCELLED'"));

        ConflictException again = assertThrows(ConflictException.class,
                () -> as("zhang.wei", () -> desk.approvals.approve(s.reference(), null)));
        assertEquals("AP-2026-000001 is already rejected", again.getMessage());
        assertEquals("AP-2026-000001 已被驳回", again.text().in(java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void returnSendsItBackAndTheModuleResubmitsAsANewApproval() throws Exception {
        expenseProcess();
        String first = desk.approvals.submit(request("5", "800.00")).orElseThrow().reference();
        ApprovalState returned = as("zhang.wei", () -> desk.approvals.sendBack(first, "add the hotel invoice"));
        assertEquals(ApprovalStatus.RETURNED, returned.status());
        DomainEvent decided = desk.events.on(ApprovalTopics.APPROVAL_DECIDED).get(0);
        assertEquals("RETURNED", desk.approvals.detail(first).state().status().name());
        assertTrue(decided.payload().contains("\"outcome\":\"RETURNED\",\"decidedBy\":\"zhang.wei\","
                + "\"comment\":\"add the hotel invoice\""));

        String second = desk.approvals.submit(request("5", "800.00")).orElseThrow().reference();
        assertEquals("AP-2026-000002", second);
        assertEquals(second, desk.approvals.state(1, "oa.expense-claim", "5").orElseThrow().reference());
    }

    @Test
    void rejectAndReturnNeedAComment() {
        expenseProcess();
        String ref = desk.approvals.submit(request("6", "800.00")).orElseThrow().reference();
        io.tangram.platform.api.error.ValidationException e = assertThrows(
                io.tangram.platform.api.error.ValidationException.class,
                () -> as("zhang.wei", () -> desk.approvals.reject(ref, " ")));
        assertEquals(List.of("comment"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void submittingAgainWhilePendingReturnsTheSameApproval() {
        expenseProcess();
        ApprovalState first = desk.approvals.submit(request("7", "800.00")).orElseThrow();
        ApprovalState again = desk.approvals.submit(request("7", "800.00")).orElseThrow();
        assertEquals(first, again);
        assertEquals(1, desk.db.number("SELECT COUNT(*) FROM oa_approval"));
        assertEquals(1, desk.events.on(ApprovalTopics.APPROVAL_SUBMITTED).size());
        assertEquals(1, desk.numbered.get());
    }

    @Test
    void noDepartmentManagerIsAConflictAndNothingIsWritten() {
        expenseProcess();
        desk.departments.save(new DepartmentInput(null, "IT", "IT", "信息部", "HQ", null));
        desk.departments.assign(new MemberInput(null, "zhou.min", "IT"));
        ConflictException e = assertThrows(ConflictException.class, () -> desk.approvals.submit(
                new io.tangram.oa.api.approval.ApprovalRequest(1, "oa.expense-claim", "8", "EXP-8",
                        io.tangram.platform.api.money.Money.of("100.00", "CNY"), "zhou.min", "Mouse", Map.of())));
        assertEquals("No department manager is set for department IT", e.getMessage());
        assertEquals("部门 IT 未设置部门负责人", e.text().in(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_approval"));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_approval_task"));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_approval_history"));
        assertEquals(List.of(), desk.events.events());
        assertEquals(0, desk.numbered.get());
    }

    @Test
    void aDepartmentFieldOverridesTheRequestersDepartment() {
        expenseProcess();
        desk.departments.save(new DepartmentInput(null, "IT", "IT", "信息部", "HQ", "zhou.min"));
        ApprovalState s = desk.approvals.submit(request("9", "100.00", Map.of("department", "IT"))).orElseThrow();
        assertEquals(List.of("zhou.min"), s.waitingFor());
        assertEquals("IT", desk.approvals.detail(s.reference()).department());
    }

    @Test
    void aRunningApprovalKeepsTheVersionItStartedWith() throws Exception {
        expenseProcess();
        String v1 = desk.approvals.submit(request("10", "20000.00")).orElseThrow().reference();
        ProcessDto v2 = desk.processes.update(1, "EXPENSE", new ProcessInput(null, "EXPENSE", "oa.expense-claim",
                "Expense claims", "费用报销", null, List.of(step("Head", "总经理审批", "ALL", List.of(),
                        approver("USER", "wang.fang")))));
        assertEquals(2, v2.version());
        assertEquals(List.of(2, 1), desk.processes.get(1, "EXPENSE").versions().stream()
                .map(ProcessVersionDto::version).toList());

        ApprovalState running = as("zhang.wei", () -> desk.approvals.approve(v1, null));
        assertEquals(1, running.processVersion());
        assertEquals("Finance managers", running.currentStep());
        assertEquals(List.of("qian.jin", "sun.li"), running.waitingFor());

        ApprovalState fresh = desk.approvals.submit(request("11", "20000.00")).orElseThrow();
        assertEquals(2, fresh.processVersion());
        assertEquals(List.of("wang.fang"), fresh.waitingFor());
    }

    @Test
    void aNonApproverIsRefusedWith403() {
        expenseProcess();
        String ref = desk.approvals.submit(request("12", "100.00")).orElseThrow().reference();
        ApprovalForbiddenException e = assertThrows(ApprovalForbiddenException.class,
                () -> as("qian.jin", () -> desk.approvals.approve(ref, null)));
        assertEquals("You are not an approver of the current step of AP-2026-000001", e.getMessage());
        assertEquals("forbidden", e.kind());
        assertThrows(ForbiddenException.class, () -> CallContext.runAs(new Caller("guest", java.util.Set.of(),
                java.util.Set.of(ApprovalPermissions.APPROVAL_READ)), () -> desk.approvals.approve(ref, null)));
        assertThrows(ApprovalForbiddenException.class, () -> as("zhou.min", () -> desk.approvals.detail(ref)));
    }

    @Test
    void anApproverCannotActTwice() throws Exception {
        expenseProcess();
        desk.processes.update(1, "EXPENSE", new ProcessInput(null, "EXPENSE", "oa.expense-claim", "Expense claims",
                "费用报销", null, List.of(step("Finance", "财务会签", "ALL", List.of(),
                        approver("ROLE", "finance-manager")))));
        String ref = desk.approvals.submit(request("13", "100.00")).orElseThrow().reference();
        as("qian.jin", () -> desk.approvals.approve(ref, null));
        ConflictException e = assertThrows(ConflictException.class,
                () -> as("qian.jin", () -> desk.approvals.approve(ref, null)));
        assertEquals("You have already acted on step Finance of AP-2026-000001", e.getMessage());
    }

    @Test
    void aDelegateGetsNewTasksAndMayActOnPendingOnesForTheDelegator() throws Exception {
        expenseProcess();
        String before = desk.approvals.submit(request("14", "100.00")).orElseThrow().reference();
        as("zhang.wei", () -> desk.delegations.create(new DelegationInput(null, null, "wang.fang",
                LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-04"), null)));
        String during = desk.approvals.submit(request("15", "100.00")).orElseThrow().reference();
        assertEquals(List.of("wang.fang"), desk.approvals.get(during).waitingFor());

        assertEquals(List.of(before + " for zhang.wei", during + " for zhang.wei"),
                as("wang.fang", () -> desk.approvals.inbox(1, null, PageRequest.of(null, null))).items().stream()
                        .map(i -> i.reference() + " for " + i.onBehalfOf()).toList());

        as("wang.fang", () -> desk.approvals.approve(before, "signed while away"));
        as("wang.fang", () -> desk.approvals.approve(during, null));
        assertEquals("APPROVE wang.fang for zhang.wei @Department manager: signed while away",
                history(before).get(history(before).size() - 1));
        assertEquals("APPROVE wang.fang for zhang.wei @Department manager",
                history(during).get(history(during).size() - 1));
        assertEquals(ApprovalStatus.APPROVED, desk.approvals.get(before).status());

        desk.clock.set(Instant.parse("2026-12-05T01:00:00Z"));
        String after = desk.approvals.submit(request("16", "100.00")).orElseThrow().reference();
        assertEquals(List.of("zhang.wei"), desk.approvals.get(after).waitingFor());
        assertThrows(ApprovalForbiddenException.class, () -> as("wang.fang", () -> desk.approvals.approve(after, null)));
    }

    @Test
    void anOverdueTaskIsRemindedOnceAndEscalatedOnce() throws Exception {
        desk.processes.create(new ProcessInput(null, "EXPENSE", "oa.expense-claim", "Expense claims", "费用报销", null,
                List.of(new ProcessStep("Department manager", "部门负责人审批", "ALL", List.of(),
                        List.of(approver("DEPARTMENT_MANAGER", null)), 24, null))));
        String ref = desk.approvals.submit(request("17", "100.00")).orElseThrow().reference();
        desk.notified.clear();

        assertEquals(List.of(), desk.approvals.remind(Instant.parse("2026-12-01T00:59:00Z")).reminded());
        ReminderResult first = desk.approvals.remind(Instant.parse("2026-12-01T01:00:00Z"));
        assertEquals(List.of(new ReminderLine(ref, "Department manager", "zhang.wei", "wang.fang")), first.reminded());
        assertEquals(List.of("zhang.wei: Reminder — approval waiting since 2026-11-30T01:00:00Z: Trip to Shenzhen"
                + " (AP-2026-000001)", "wang.fang: Approval waiting: Trip to Shenzhen (AP-2026-000001)"),
                desk.notifications());
        assertEquals(List.of("zhang.wei", "wang.fang"), desk.approvals.get(ref).waitingFor());

        assertEquals(List.of(), desk.approvals.remind(Instant.parse("2026-12-01T02:00:00Z")).reminded());
        ReminderResult later = desk.approvals.remind(Instant.parse("2026-12-02T02:00:00Z"));
        assertEquals(List.of(new ReminderLine(ref, "Department manager", "wang.fang", null)), later.reminded());
        assertEquals(2, desk.db.number("SELECT COUNT(*) FROM oa_approval_task"));
        assertEquals(1, desk.db.number("SELECT COUNT(*) FROM oa_approval_history WHERE action = 'ESCALATE'"));

        desk.clock.set(Instant.parse("2026-12-02T03:00:00Z"));
        ApprovalState s = as("wang.fang", () -> desk.approvals.approve(ref, "go ahead"));
        assertEquals(ApprovalStatus.APPROVED, s.status());
        assertEquals(List.of("SUBMIT admin", "REMIND admin @Department manager: reminded zhang.wei / 已催办 zhang.wei",
                "ESCALATE admin @Department manager: escalated to wang.fang: zhang.wei did not act within 24 h"
                        + " / 已上报 wang.fang：zhang.wei 超过 24 小时未处理",
                "REMIND admin @Department manager: reminded wang.fang / 已催办 wang.fang",
                "APPROVE wang.fang @Department manager: go ahead",
                "SKIP system @Department manager: zhang.wei no longer needs to act: wang.fang approved the step"
                        + " / zhang.wei 无需再审批：wang.fang 已批准该步骤"), history(ref).stream()
                        .map(h -> h.replaceAll("^SUBMIT admin.*", "SUBMIT admin")).toList());
    }

    @Test
    void withdrawingPublishesTheOutcomeAndEndsTheTasks() {
        expenseProcess();
        String ref = desk.approvals.submit(request("18", "100.00")).orElseThrow().reference();
        ApprovalState s = desk.approvals.withdraw(ref, "order cancelled");
        assertEquals(ApprovalStatus.WITHDRAWN, s.status());
        assertTrue(desk.events.on(ApprovalTopics.APPROVAL_DECIDED).get(0).payload()
                .contains("\"outcome\":\"WITHDRAWN\",\"decidedBy\":\"admin\",\"comment\":\"order cancelled\""));
        assertThrows(ConflictException.class, () -> desk.approvals.withdraw(ref, null));
    }

    @Test
    void twoApproversOfOneAllStepActingAtOnceAreSerialised() throws Exception {
        desk.processes.create(new ProcessInput(null, "FIN", "oa.expense-claim", "Finance", "财务", null, List.of(
                step("Finance", "财务会签", "ALL", List.of(), approver("ROLE", "finance-manager")))));
        for (int round = 0; round < 5; round++) {
            String ref = desk.approvals.submit(request("c" + round, "100.00")).orElseThrow().reference();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<ApprovalState>> results = List.of("qian.jin", "sun.li").stream()
                        .map(user -> pool.submit(() -> {
                            go.await();
                            return as(user, () -> desk.approvals.approve(ref, user));
                        })).toList();
                go.countDown();
                for (Future<ApprovalState> r : results) {
                    r.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(ApprovalStatus.APPROVED, desk.approvals.get(ref).status());
            assertEquals(2, desk.db.number("SELECT COUNT(*) FROM oa_approval_history h JOIN oa_approval a"
                    + " ON a.id = h.approval_id WHERE a.reference = ? AND h.action = 'APPROVE'", ref));
            assertEquals(1, desk.db.number("SELECT COUNT(*) FROM oa_approval_step s JOIN oa_approval a"
                    + " ON a.id = s.approval_id WHERE a.reference = ? AND s.status = 'APPROVED'", ref));
            assertEquals(round + 1, desk.events.on(ApprovalTopics.APPROVAL_DECIDED).size());
        }
    }

    @Test
    void theInboxAndMineShowWhatWaitsAndWhatWasAsked() throws Exception {
        expenseProcess();
        desk.approvals.submit(request("19", "12345.60"));
        var inbox = as("zhang.wei", () -> desk.approvals.inbox(1, null, PageRequest.of(null, null)));
        assertEquals(1, inbox.total());
        InboxItem item = inbox.items().get(0);
        assertEquals("AP-2026-000001 Trip to Shenzhen 12345.60 CNY li.na Department manager 2026-11-30T01:00:00Z",
                item.reference() + " " + item.title() + " " + item.amount().toPlainString() + " " + item.currency()
                        + " " + item.requester() + " " + item.step() + " " + item.waitingSince());
        assertEquals(0, as("li.na", () -> desk.approvals.inbox(1, null, PageRequest.of(null, null))).total());
        assertThrows(ForbiddenException.class,
                () -> as("li.na", () -> desk.approvals.inbox(1, "zhang.wei", PageRequest.of(null, null))));
        assertEquals(List.of("AP-2026-000001"), CallContext.runAs(approver("admin"),
                () -> desk.approvals.mine(1, PageRequest.of(null, null))).items().stream()
                .map(ApprovalState::reference).toList());
    }
}
