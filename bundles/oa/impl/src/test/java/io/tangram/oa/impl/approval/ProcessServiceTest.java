package io.tangram.oa.impl.approval;

import static io.tangram.oa.impl.approval.ApprovalDesk.approver;
import static io.tangram.oa.impl.approval.ApprovalDesk.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;

/** Saving, validating, versioning and (de)activating process definitions; step conditions. */
class ProcessServiceTest {
    private ApprovalDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new ApprovalDesk();
        CallContext.bind(ApprovalDesk.ADMIN);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private static ProcessInput simple(String code, String type) {
        return new ProcessInput(null, code, type, "Purchase orders", "采购订单", null, List.of(
                step("Buyer's manager", "部门负责人", null, List.of(), approver("DEPARTMENT_MANAGER", null))));
    }

    @Test
    void everyBadFieldIsNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.processes.create(new ProcessInput(
                null, "bad code!", "purchase", " ", "采购", null, List.of(
                        step("Manager", "经理", "SOME", List.of(new StepCondition("amount", "BETWEEN", "x")),
                                approver("USER", "nobody")),
                        new ProcessStep("Finance", null, "ALL", List.of(new StepCondition("amount", "GT", "ten")),
                                List.of(new StepApprover("BOSS", null), new StepApprover("MANAGER_CHAIN", "11"),
                                        new StepApprover("ROLE", "astronaut")), 0, "ghost")))));
        assertEquals(List.of("documentType", "name", "steps[0].mode", "steps[0].conditions[0].op", "steps[0].conditions[0].value",
                "steps[0].approvers[0].value", "steps[1].nameZh", "steps[1].timeoutHours", "steps[1].escalateTo",
                "steps[1].conditions[0].value", "steps[1].approvers[0].kind", "steps[1].approvers[1].value",
                "steps[1].approvers[2].value", "code"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_process"));
    }

    @Test
    void savingMakesANewVersionAndKeepsTheOldOne() {
        ProcessDto v1 = desk.processes.create(simple("PO", "inventory.purchase-order"));
        assertEquals(1, v1.version());
        assertTrue(v1.active());
        assertEquals("ALL", v1.steps().get(0).mode());
        ProcessDto v2 = desk.processes.update(1, "PO", new ProcessInput(null, "PO", "inventory.purchase-order",
                "Purchase orders", "采购订单", null, List.of(step("Head", "总经理", "any", List.of(),
                        approver("user", "wang.fang")))));
        assertEquals(2, v2.version());
        assertEquals(List.of(new StepApprover("USER", "wang.fang")), v2.steps().get(0).approvers());
        assertEquals("ANY", v2.steps().get(0).mode());
        assertEquals(List.of("Head", "Buyer's manager"), v2.versions().stream()
                .map(v -> v.steps().get(0).name()).toList());
        assertEquals(List.of("create approval-process PO", "update approval-process PO"), desk.audit.briefs());
    }

    @Test
    void oneActiveProcessPerDocumentType() {
        desk.processes.create(simple("PO", "inventory.purchase-order"));
        ConflictException e = assertThrows(ConflictException.class,
                () -> desk.processes.create(simple("PO2", "inventory.purchase-order")));
        assertEquals("Process PO is already active for inventory.purchase-order; deactivate it first", e.getMessage());
        ProcessInput inactive = new ProcessInput(null, "PO2", "inventory.purchase-order", "New PO", "新采购", false,
                simple("x", "y.z").steps());
        assertFalse(desk.processes.create(inactive).active());
        assertThrows(ConflictException.class, () -> desk.processes.activate(1, "PO2"));
        assertFalse(desk.processes.deactivate(1, "PO").active());
        assertTrue(desk.processes.activate(1, "PO2").active());
        assertEquals("PO2", desk.processes.active(1, "inventory.purchase-order").orElseThrow().code());
    }

    @Test
    void onlyProcessAdminsDefineProcesses() {
        assertThrows(ForbiddenException.class, () -> CallContext.runAs(ApprovalDesk.approver("li.na"),
                () -> desk.processes.create(simple("PO", "inventory.purchase-order"))));
    }

    @Test
    void conditionsCompareAmountsAsDecimalsAndFieldsAsText() {
        Map<String, String> fields = Map.of("category", "IT", "days", "3");
        BigDecimal amount = new BigDecimal("20000.00");
        assertTrue(Conditions.holds(new StepCondition("amount", "GT", "10000"), amount, fields));
        assertTrue(Conditions.holds(new StepCondition("amount", "EQ", "20000"), amount, fields));
        assertFalse(Conditions.holds(new StepCondition("amount", "LE", "10000"), amount, fields));
        assertTrue(Conditions.holds(new StepCondition("amount", "LE", "10000"), new BigDecimal("10000.00"), fields));
        assertTrue(Conditions.holds(new StepCondition("category", "IN", "HR, IT"), amount, fields));
        assertFalse(Conditions.holds(new StepCondition("category", "EQ", "it"), amount, fields));
        assertTrue(Conditions.holds(new StepCondition("days", "GE", "3"), amount, fields));
        assertFalse(Conditions.holds(new StepCondition("category", "LT", "5"), amount, fields));
        assertFalse(Conditions.holds(new StepCondition("amount", "GT", "0"), null, fields));
        assertTrue(Conditions.holds(new StepCondition("supplier", "NE", "ACME"), amount, fields));
    }
}
