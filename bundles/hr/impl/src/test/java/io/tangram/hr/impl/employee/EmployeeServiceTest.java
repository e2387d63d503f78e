package io.tangram.hr.impl.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.hr.api.employee.EmployeeTopics;
import io.tangram.hr.impl.org.HrRows;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.query.PageRequest;

/** Hiring, onboarding with and without OA, resigning, sensitive fields and validation. */
class EmployeeServiceTest {
    private static final LocalDate HIRED = LocalDate.parse("2026-03-02");
    private EmployeeDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new EmployeeDesk("hr-employees");
        desk.rows.department("HQ", null);
        desk.rows.department("SALES", "HQ");
        desk.rows.position("REP");
        desk.rows.manager("SALES", desk.rows.employee("E100", "sales.head", "SALES", LocalDate.parse("2020-01-01")));
        CallContext.bind(HrRows.ADMIN);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private EmployeeDto hire(String username, LocalDate probationEnd) {
        return desk.employees.create(new EmployeeInput(null, null, "Li Na", username, "F", null, "li.na@example.com", null,
                "SALES", "REP", null, "SH", HIRED, probationEnd, "FIXED_TERM", LocalDate.parse("2029-03-01")));
    }

    @Test
    void hiringNumbersTheEmployeeAndKeepsThemOnboarding() {
        EmployeeDto e = hire("li.na", null);
        assertEquals("EMP-2026-000001", e.number());
        assertEquals(EmployeeStatus.ONBOARDING, e.status());
        assertEquals("SALES", e.departmentCode());
        assertEquals("REP", e.positionCode());
        assertTrue(desk.audit.briefs().contains("create employee " + e.id()));
        assertEquals(1, desk.employees.search(1, new EmployeeQuery("li", null, null), PageRequest.of(0, 10)).total());
    }

    @Test
    void everyBadFieldIsNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.employees.create(new EmployeeInput(
                null, null, " ", "Li Na", null, null, "not-an-email", null, "NOPE", "NOPE", "CC-X", null, HIRED,
                HIRED.minusDays(1), "FOREVER", HIRED)));
        assertEquals(List.of("name", "username", "email", "departmentCode", "positionCode", "costCentre", "contractType",
                "contractEnd", "probationEnd"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("must be one of OPEN_ENDED, FIXED_TERM, INTERNSHIP, PART_TIME, DISPATCH",
                e.errors().get(6).message().in(Locale.ENGLISH));

        long id = hire("li.na", null).id();
        ValidationException personal = assertThrows(ValidationException.class, () -> desk.employees.updatePersonal(1,
                "EMP-2026-000001", new PersonalInput(new BigDecimal("-1"), "XYZ", null, "6222-abc", "110105194912310021",
                        null)));
        assertEquals(List.of("baseSalary", "currency", "bankAccount", "idNumber"),
                personal.errors().stream().map(FieldError::field).toList());
        assertEquals("必须是 18 位身份证号码，且校验位（0-9 或 X）正确",
                personal.errors().get(3).message().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(0, desk.rows.db.number("SELECT COUNT(*) FROM hr_employee WHERE id = ? AND base_salary IS NOT NULL", id));
        assertTrue(EmployeeService.validIdNumber("11010519491231002X"));
        assertFalse(EmployeeService.validIdNumber("110105194912310021"));
    }

    @Test
    void onboardingCreatesOneUserAndATaskPerChecklistItem() {
        desk.withOa();
        EmployeeDto hired = hire("li.na", LocalDate.parse("2026-06-01"));
        OnboardingResult r = desk.employees.onboard(1, hired.number());

        assertEquals(EmployeeStatus.PROBATION, r.employee().status());
        assertEquals("li.na", r.username());
        assertTrue(r.userCreated());
        assertEquals(14, r.initialPassword().length());
        assertEquals(List.of("role auditor [hr.self.service]", "create li.na [employee, auditor] password length 14"),
                desk.userCalls, "the role auditor does not exist: it is created with self-service only, then granted");
        assertTrue(desk.userCallers.contains("createUser by admin true"), "created in the clerk's name");
        assertEquals(4, r.checklist().size());
        assertEquals(4, desk.tasks.size());
        assertEquals("EMP-2026-000001:" + r.checklist().get(0).id(), desk.tasks.get(0).sourceRef());
        assertEquals("sales.head", desk.tasks.get(0).assignee());
        assertEquals("li.na", desk.tasks.get(3).assignee());
        assertEquals(LocalDate.parse("2026-03-09"), desk.tasks.get(3).due());
        assertEquals("onboarding", desk.tasks.get(0).board());
        assertEquals(Long.valueOf(100), r.checklist().get(0).taskId());
        assertEquals(List.of("USER_CREATED DONE", "OA_TASK DONE", "OA_TASK DONE", "OA_TASK DONE", "OA_TASK DONE"),
                r.integrations().stream().map(i -> i.step() + " " + i.outcome()).toList());
        assertEquals("User li.na created with roles employee, auditor; roles auditor were created with HR self-service only",
                r.integrations().get(0).message());
        assertEquals(1, desk.events.on(EmployeeTopics.EMPLOYEE_ONBOARDED).size());
        assertEquals(1, desk.rows.db.number("SELECT COUNT(*) FROM hr_employee_event WHERE kind = 'ONBOARDED'"));

        ConflictException again = assertThrows(ConflictException.class, () -> desk.employees.onboard(1, hired.number()));
        assertEquals("EMP-2026-000001 is already onboarded (status PROBATION)", again.text().in(Locale.ENGLISH));
        assertEquals(1, desk.accounts.size());
    }

    @Test
    void withoutOaTheChecklistStaysInHrAndTheSkipIsRecorded() {
        desk.accounts.add(new io.tangram.platform.api.security.UserAccount("li.na", "Li Na", true, java.util.Set.of(),
                java.time.Instant.now(), null));
        EmployeeDto hired = hire("li.na", null);
        OnboardingResult r = desk.employees.onboard(1, hired.number());
        assertEquals(EmployeeStatus.REGULAR, r.employee().status());
        assertFalse(r.userCreated());
        assertNull(r.initialPassword());
        assertEquals(List.of(), desk.userCalls, "an existing user is linked, not created");
        assertEquals(4, desk.employees.checklist(1, hired.number()).size());
        List<IntegrationDto> steps = desk.employees.integrations(1, hired.number());
        assertEquals(List.of("USER_LINKED DONE", "OA_TASK SKIPPED"), steps.stream().map(i -> i.step() + " " + i.outcome())
                .toList());
        assertEquals("OA is not installed: checklist kept in HR", steps.get(1).message());
        assertEquals("未安装协同办公：清单保留在人事模块", steps.get(1).messageZh());

        ChecklistItemDto first = desk.employees.checklist(1, hired.number()).get(0);
        assertEquals("DONE", desk.employees.completeItem(1, hired.number(), first.id()).status());
        assertThrows(ConflictException.class, () -> desk.employees.completeItem(1, hired.number(), first.id()));
    }

    @Test
    void resigningDisablesTheUserAndStartsOffboarding() {
        desk.withOa();
        EmployeeDto hired = hire("li.na", null);
        desk.employees.onboard(1, hired.number());
        ValidationException bad = assertThrows(ValidationException.class, () -> desk.employees.resign(1, hired.number(),
                new ResignInput(HIRED.minusDays(1), " ")));
        assertEquals(List.of("reason", "leaveDate"), bad.errors().stream().map(FieldError::field).toList());

        EmployeeDto left = desk.employees.resign(1, hired.number(), new ResignInput(LocalDate.parse("2026-04-30"),
                "Moves to Beijing"));
        assertEquals(EmployeeStatus.RESIGNED, left.status());
        assertEquals(LocalDate.parse("2026-04-30"), left.leaveDate());
        assertEquals("enabled li.na false", desk.userCalls.get(desk.userCalls.size() - 1));
        assertEquals(4, desk.rows.db.number("SELECT COUNT(*) FROM hr_checklist_item WHERE kind = 'OFFBOARDING'"));
        assertEquals(8, desk.tasks.size());
        assertEquals(LocalDate.parse("2026-04-27"), desk.tasks.get(4).due());
        List<IntegrationDto> steps = desk.employees.integrations(1, hired.number());
        assertEquals("USER_DISABLED DONE", steps.get(steps.size() - 1).step() + " " + steps.get(steps.size() - 1).outcome());
        assertEquals(1, desk.events.on(EmployeeTopics.EMPLOYEE_LEFT).size());
        ConflictException twice = assertThrows(ConflictException.class, () -> desk.employees.resign(1, hired.number(),
                new ResignInput(LocalDate.parse("2026-05-31"), "again")));
        assertEquals("EMP-2026-000001 has already left on 2026-04-30", twice.text().in(Locale.ENGLISH));
    }

    @Test
    void confirmAndTransferFollowTheLifecycle() {
        EmployeeDto hired = hire("li.na", LocalDate.parse("2026-06-01"));
        assertThrows(ConflictException.class, () -> desk.employees.confirm(1, hired.number(), null));
        desk.employees.onboard(1, hired.number());
        assertEquals(EmployeeStatus.REGULAR, desk.employees.confirm(1, hired.number(),
                new ConfirmInput(LocalDate.parse("2026-06-01"), null)).status());
        EmployeeDto moved = desk.employees.transfer(1, hired.number(), new TransferInput("HQ", null, null,
                LocalDate.parse("2026-07-01"), "reorganisation"));
        assertEquals("HQ", moved.departmentCode());
        assertEquals("{\"number\":\"EMP-2026-000001\",\"username\":\"li.na\",\"name\":\"Li Na\",\"department\":\"HQ\","
                + "\"position\":\"REP\",\"date\":\"2026-07-01\",\"fromDepartment\":\"SALES\"}",
                desk.events.on(EmployeeTopics.EMPLOYEE_TRANSFERRED).get(0).payload());
        assertEquals(List.of("ONBOARDED", "CONFIRMED", "TRANSFERRED"), desk.employees.history(1, hired.number()).stream()
                .map(LifecycleEventDto::kind).toList());
        ConflictException viaUpdate = assertThrows(ConflictException.class, () -> desk.employees.update(1, hired.number(),
                new EmployeeInput(null, null, "Li Na", "li.na", null, null, null, null, "SALES", "REP", null, null, HIRED,
                        null, "OPEN_ENDED", null)));
        assertEquals("EMP-2026-000001 is already onboarded: change department, position or cost centre by a transfer",
                viaUpdate.text().in(Locale.ENGLISH));
    }

    @Test
    void sensitiveFieldsOnlyForHrWithThePermissionAndTheEmployeeThemself() {
        desk.rows.employee("E1", "li.na", "SALES", HIRED);
        desk.rows.employee("E2", "wang.fang", "SALES", HIRED);

        CallContext.bind(HrRows.caller("hr.clerk", "hr.employee.read"));
        assertEquals("SALES", desk.employees.get(1, "E1").departmentCode());
        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> desk.employees.personal(1, "E1"));
        assertEquals("hr.employee.sensitive", refused.permission());

        CallContext.bind(HrRows.caller("payroll", "hr.employee.sensitive"));
        PersonalDto seen = desk.employees.personal(1, "E1");
        assertEquals(new BigDecimal("12000.00"), seen.baseSalary().amount());
        assertEquals("6222020200112233", seen.bankAccount());
        assertEquals("11010519491231002X", seen.idNumber());

        CallContext.bind(HrRows.caller("li.na", "hr.self.service"));
        assertEquals("Shanghai", desk.employees.personal(1, "E1").address());
        assertEquals("E1", desk.employees.me(1).number());
        assertThrows(ForbiddenException.class, () -> desk.employees.personal(1, "E2"), "not someone else's");
        assertThrows(ForbiddenException.class, () -> desk.employees.updatePersonal(1, "E1",
                new PersonalInput(BigDecimal.ONE, null, null, null, null, null)));
        assertThrows(ForbiddenException.class, () -> desk.employees.get(1, "E2"));
    }

    @Test
    void theEmployeeListHasNoSensitiveField() {
        List<String> fields = java.util.Arrays.stream(EmployeeDto.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        for (String secret : List.of("baseSalary", "bankName", "bankAccount", "idNumber", "address")) {
            assertFalse(fields.contains(secret), secret);
        }
        assertNotNull(fields);
    }
}
