package io.tangram.oa.impl.approval;

import static io.tangram.oa.impl.approval.ApprovalDesk.approver;
import static io.tangram.oa.impl.approval.ApprovalDesk.request;
import static io.tangram.oa.impl.approval.ApprovalDesk.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.people.ManagerDirectory;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;

/** Manager chains, HR's manager directory when present, and running without notifications. */
class RoutingTest {
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

    private void process(StepApprover approver) {
        desk.processes.create(new ProcessInput(null, "EXPENSE", "oa.expense-claim", "Expense claims", "费用报销", null,
                List.of(step("Managers", "上级审批", "ALL", List.of(), approver))));
    }

    @Test
    void aManagerChainGoesUpTheDepartmentsAsOneAllStep() {
        process(approver("MANAGER_CHAIN", "2"));
        ApprovalState s = desk.approvals.submit(request("1", "100.00")).orElseThrow();
        assertEquals(List.of("zhang.wei", "wang.fang"), s.waitingFor());
        assertTrue(desk.approvals.detail(s.reference()).history().get(0).comment()
                .startsWith("managers from OA's department mapping: HR is not installed"));
    }

    @Test
    void aManagersOwnManagerIsTheParentDepartmentsManager() {
        process(approver("DEPARTMENT_MANAGER", null));
        ApprovalState s = desk.approvals.submit(new io.tangram.oa.api.approval.ApprovalRequest(1, "oa.expense-claim",
                "2", null, null, "zhang.wei", "Team dinner", null)).orElseThrow();
        assertEquals(List.of("wang.fang"), s.waitingFor());
    }

    @Test
    void hrsManagerDirectoryRoutesWhenPresent() {
        process(approver("DEPARTMENT_MANAGER", null));
        desk.departments.directory = new ManagerDirectory() {
            @Override
            public Optional<String> departmentOf(long companyId, String username) {
                return Optional.of("HR-SALES-EAST");
            }

            @Override
            public Optional<String> managerOf(long companyId, String username) {
                return Optional.of("zhou.min");
            }

            @Override
            public List<String> managerChain(long companyId, String username) {
                return List.of("zhou.min", "wang.fang");
            }
        };
        ApprovalState s = desk.approvals.submit(request("3", "100.00")).orElseThrow();
        assertEquals(List.of("zhou.min"), s.waitingFor());
        assertEquals("HR-SALES-EAST", desk.approvals.detail(s.reference()).department());
        assertEquals(null, desk.approvals.detail(s.reference()).history().get(0).comment());
    }

    @Test
    void aDepartmentNamedOnTheRequestIsRoutedByHrWhenHrKnowsIt() {
        process(approver("DEPARTMENT_MANAGER", null));
        desk.departments.directory = new ManagerDirectory() {
            @Override
            public Optional<String> departmentOf(long companyId, String username) {
                return Optional.of("HR-SALES-EAST");
            }

            @Override
            public Optional<String> managerOf(long companyId, String username) {
                return Optional.of("zhou.min");
            }

            @Override
            public List<String> managerChain(long companyId, String username) {
                return List.of("zhou.min");
            }

            @Override
            public List<String> departmentManagerChain(long companyId, String departmentCode) {
                return "HR-NORTH".equals(departmentCode) ? List.of("zhou.min", "wang.fang") : List.of();
            }
        };
        ApprovalState north = desk.approvals.submit(new io.tangram.oa.api.approval.ApprovalRequest(1, "oa.expense-claim",
                "5", null, null, "li.na", "Trip north", java.util.Map.of("department", "HR-NORTH"))).orElseThrow();
        assertEquals(List.of("zhou.min"), north.waitingFor());
        ApprovalState sales = desk.approvals.submit(new io.tangram.oa.api.approval.ApprovalRequest(1, "oa.expense-claim",
                "6", null, null, "li.na", "Trip", java.util.Map.of("department", "SALES"))).orElseThrow();
        assertEquals(List.of("zhang.wei"), sales.waitingFor(), "HR does not know SALES: OA's mapping routes it");
    }

    @Test
    void withoutNotificationsTheApprovalRunsAndSaysWhatWasSkipped() throws Exception {
        process(approver("DEPARTMENT_MANAGER", null));
        desk.approvals.notifications = null;
        ApprovalState s = desk.approvals.submit(request("4", "100.00")).orElseThrow();
        assertEquals(List.of("zhang.wei"), s.waitingFor());
        assertTrue(desk.audit.records().get(desk.audit.records().size() - 1).details()
                .contains("\"notifications\":\"notifications skipped: OA notifications are not available"));
        assertEquals(List.of(), desk.notified);
    }

    @Test
    void departmentsCannotFormACircleAndMembersMustBeUsers() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.departments.save(
                new DepartmentInput(null, "HQ", "Head office", "总部", "SALES", "nobody")));
        assertEquals(List.of("manager", "parentCode"), e.errors().stream().map(f -> f.field()).toList());
        ValidationException m = assertThrows(ValidationException.class, () -> desk.departments.assign(
                new MemberInput(null, "ghost", "NOPE")));
        assertEquals(List.of("username", "departmentCode"), m.errors().stream().map(f -> f.field()).toList());
        assertEquals(List.of("li.na", "zhang.wei"), desk.departments.list(1).stream()
                .filter(d -> d.code().equals("SALES")).findFirst().orElseThrow().members());
    }

    @Test
    void aDelegationNeedsADelegateOtherThanTheDelegatorAndAnOrderedPeriod() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.delegations.create(
                new DelegationInput(null, "admin", "admin", java.time.LocalDate.parse("2026-12-04"),
                        java.time.LocalDate.parse("2026-12-01"), null)));
        assertEquals(List.of("delegate", "to"), e.errors().stream().map(f -> f.field()).toList());
    }
}
