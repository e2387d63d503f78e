package io.tangram.hr.impl.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.web.api.JsonText;

/** Leave types HR defines: one of each entitlement rule, deactivation, validation, duplicates and permissions. */
class LeaveTypeServiceTest {
    private static final int SEEDED = 7;
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

    private static LeaveTypeInput type(String code, String name, String nameZh, String rule, String days, String accrual,
                                       String carryOver) {
        return new LeaveTypeInput(null, code, name, nameZh, null, rule, days == null ? null : new BigDecimal(days),
                accrual, carryOver == null ? null : new BigDecimal(carryOver), null, null, null, null);
    }

    private LeaveType add(LeaveTypeInput input) throws Exception {
        return CallContext.runAs(LeaveDesk.ADMIN, () -> desk.types.create(input));
    }

    private LeaveType change(String code, LeaveTypeInput input) throws Exception {
        return CallContext.runAs(LeaveDesk.ADMIN, () -> desk.types.update(1, code, input));
    }

    private static LeaveTypeInput active(boolean active) {
        return new LeaveTypeInput(null, null, null, null, null, null, null, null, null, null, null, null, active);
    }

    private LeaveRequest ask(String type, String from, String to, String attachment) throws Exception {
        return CallContext.runAs(LeaveDesk.LI_NA, () -> desk.requests.request(new LeaveRequestInput(null, null, type,
                LocalDate.parse(from), null, LocalDate.parse(to), null, "Course", attachment)));
    }

    private BigDecimal balance(long employeeId, String code) {
        return new LeaveLedger(desk.sql, desk.db.transactions()).balance(employeeId,
                desk.db.number("SELECT id FROM hr_leave_type WHERE code = ?", code), 2026, null);
    }

    private static Map<String, String> errors(ValidationException e) {
        return e.errors().stream().collect(Collectors.toMap(f -> f.field(), f -> f.message().in(Locale.ENGLISH),
                (a, b) -> a + " | " + b));
    }

    @Test
    void aFixedPerYearStudyLeaveOfFiveDaysIsGrantedAndCanBeRequested() throws Exception {
        LeaveType study = add(type("STUDY", "Study leave", "学习假", "FIXED_PER_YEAR", "5", "ANNUAL", "2"));
        assertEquals(new LeaveType(study.id(), 1, "STUDY", "Study leave", "学习假", true, LeaveType.Rule.FIXED_PER_YEAR,
                new BigDecimal("5.00"), LeaveType.Accrual.ANNUAL, new BigDecimal("2.00"), true, false, false, true), study);
        assertEquals(List.of("create leave-type " + study.id()), desk.audit.briefs());
        assertEquals("admin", desk.audit.records().get(0).actor());
        assertEquals("STUDY", JsonText.read(desk.audit.records().get(0).details()).path("code").asText());

        CallContext.runAs(LeaveDesk.ADMIN, () -> desk.balances.accrue(1, YearMonth.of(2026, 8)));
        assertEquals(new BigDecimal("5.00"), balance(desk.liNa, "STUDY"));
        assertEquals(List.of(List.of("GRANT", new BigDecimal("5.00"), "2026-08")), desk.db.rows("SELECT e.kind, e.days,"
                + " e.reference FROM hr_leave_entry e JOIN hr_leave_type t ON t.id = e.leave_type_id"
                + " WHERE t.code = 'STUDY' AND e.employee_id = ?", desk.liNa));

        LeaveRequest r = ask("STUDY", "2026-09-07", "2026-09-08", null);
        assertEquals(new BigDecimal("2.00"), r.days());
        assertEquals("STUDY", r.leaveType());
        CallContext.runAs(LeaveDesk.BOSS, () -> desk.requests.approve(1, r.number(), null));
        assertEquals(new BigDecimal("3.00"), balance(desk.liNa, "STUDY"));
        ConflictException tooMany = assertThrows(ConflictException.class,
                () -> ask("STUDY", "2026-09-14", "2026-09-17", null));
        assertEquals("Study leave balance is 3 days; this request needs 4 days", tooMany.text().in(Locale.ENGLISH));
        assertEquals("学习假余额为 3 天，本次申请需要 4 天", tooMany.text().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void eachRuleIsStoredWithItsDaysAndAccrualAndWorksInRequests() throws Exception {
        LeaveType training = add(type("TRAINING", "Training leave", "培训假", "FIXED_PER_YEAR", "12", null, null));
        LeaveType senior = add(type("SENIORITY", "Seniority leave", "工龄假", "SERVICE_YEARS", null, "ANNUAL", "5"));
        LeaveType moving = add(new LeaveTypeInput(null, "MOVING", "Moving leave", "搬家假", null, "per_event",
                new BigDecimal("1"), null, null, false, true, null, null));
        LeaveType unpaid = add(new LeaveTypeInput(null, "UNPAID_STUDY", "Unpaid study leave", "无薪学习假", false,
                "UNLIMITED", null, null, null, null, null, null, null));
        assertEquals(List.of("FIXED_PER_YEAR", new BigDecimal("12.00"), "MONTHLY", new BigDecimal("0.00")),
                row(training));
        assertEquals(List.of("SERVICE_YEARS", "-", "ANNUAL", new BigDecimal("5.00")), row(senior));
        assertEquals(List.of("PER_EVENT", new BigDecimal("1.00"), "NONE", new BigDecimal("0.00")), row(moving));
        assertEquals(List.of("UNLIMITED", "-", "NONE", new BigDecimal("0.00")), row(unpaid));
        assertFalse(unpaid.paid());
        assertFalse(moving.halfDaysAllowed());
        assertTrue(moving.requiresAttachment());

        CallContext.runAs(LeaveDesk.ADMIN, () -> desk.balances.accrue(1, YearMonth.of(2026, 8)));
        assertEquals(new BigDecimal("1.00"), balance(desk.liNa, "TRAINING"), "12 days a year: 1 a month");
        // the configuration (MONTHLY) decides for SERVICE_YEARS: li.na, 3 years of service, 5 days: August 0.41
        assertEquals(new BigDecimal("0.41"), balance(desk.liNa, "SENIORITY"));

        ConflictException twoDays = assertThrows(ConflictException.class,
                () -> ask("MOVING", "2026-09-07", "2026-09-08", "lease contract"));
        assertEquals("Moving leave allows 1 days per request; this request needs 2 days", twoDays.text().in(Locale.ENGLISH));
        assertEquals(new BigDecimal("1.00"), ask("MOVING", "2026-09-07", "2026-09-07", "lease contract").days());
        assertEquals(new BigDecimal("5.00"), ask("UNPAID_STUDY", "2026-09-14", "2026-09-18", null).days());
        assertEquals(SEEDED + 4, desk.rows("hr_leave_type"));
    }

    private List<Object> row(LeaveType t) {
        List<Object> r = desk.db.rows("SELECT entitlement_rule, entitlement_days, accrual, max_carry_over_days"
                + " FROM hr_leave_type WHERE id = ?", t.id()).get(0);
        return java.util.Arrays.asList(r.get(0), r.get(1) == null ? "-" : r.get(1), r.get(2), r.get(3));
    }

    @Test
    void aDeactivatedTypeTakesNoNewRequestsWhileItsRequestsAndBalancesStay() throws Exception {
        LeaveType study = add(type("STUDY", "Study leave", "学习假", "FIXED_PER_YEAR", "5", "ANNUAL", null));
        CallContext.runAs(LeaveDesk.ADMIN, () -> desk.balances.accrue(1, YearMonth.of(2026, 8)));
        LeaveRequest pending = ask("STUDY", "2026-09-07", "2026-09-07", null);

        LeaveType off = change("study", active(false));
        assertFalse(off.active());
        assertEquals("deactivate leave-type " + study.id(), desk.audit.briefs().get(desk.audit.briefs().size() - 1));
        assertEquals("{\"code\":\"STUDY\",\"changes\":{\"active\":{\"from\":true,\"to\":false}}}",
                desk.audit.records().get(desk.audit.records().size() - 1).details());

        ConflictException refused = assertThrows(ConflictException.class,
                () -> ask("STUDY", "2026-09-14", "2026-09-14", null));
        assertEquals("Study leave (STUDY) is no longer in use and cannot be requested; requests made before stay as they are",
                refused.text().in(Locale.ENGLISH));
        assertEquals("学习假（STUDY）已停用，不能再申请；此前的申请不受影响", refused.text().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, desk.rows("hr_leave_request"));

        LeaveRequest approved = CallContext.runAs(LeaveDesk.BOSS, () -> desk.requests.approve(1, pending.number(), null));
        assertEquals(LeaveRequest.Status.APPROVED, approved.status());
        assertEquals(new BigDecimal("4.00"), balance(desk.liNa, "STUDY"));
        List<BalanceLine> lines = CallContext.runAs(LeaveDesk.LI_NA, () -> desk.balances.balances(1, null, null));
        BalanceLine line = lines.stream().filter(l -> l.leaveType().equals("STUDY")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("4.00"), line.available(), "the balance stays visible");
        CallContext.runAs(LeaveDesk.ADMIN, () -> desk.balances.accrue(1, YearMonth.of(2026, 9)));
        assertEquals(new BigDecimal("4.00"), balance(desk.liNa, "STUDY"), "an inactive type does not accrue");

        List<String> active = CallContext.runAs(LeaveDesk.LI_NA, () -> desk.types.list(1, false)).stream()
                .map(LeaveType::code).toList();
        List<String> all = CallContext.runAs(LeaveDesk.LI_NA, () -> desk.types.list(1, true)).stream()
                .map(LeaveType::code).toList();
        assertEquals(List.of("ANNUAL", "SICK", "PERSONAL", "MARRIAGE", "MATERNITY", "PATERNITY", "BEREAVEMENT"), active);
        assertEquals(List.of("ANNUAL", "SICK", "PERSONAL", "MARRIAGE", "MATERNITY", "PATERNITY", "BEREAVEMENT", "STUDY"),
                all);

        assertTrue(change("STUDY", active(true)).active());
        assertEquals("reactivate leave-type " + study.id(), desk.audit.briefs().get(desk.audit.briefs().size() - 1));
        assertEquals(new BigDecimal("1.00"), ask("STUDY", "2026-09-14", "2026-09-14", null).days());
        assertEquals(SEEDED + 1, desk.rows("hr_leave_type"), "never deleted");
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() throws Exception {
        ValidationException first = assertThrows(ValidationException.class,
                () -> add(type("study", null, " ", "YEARLY", null, null, "-1")));
        assertEquals(Set.of("code", "name", "nameZh", "entitlementRule", "maxCarryOverDays"), errors(first).keySet());
        assertEquals("must be 2 to 32 capital letters, digits or _, starting with a letter (e.g. STUDY)",
                errors(first).get("code"));
        assertEquals("must be one of [SERVICE_YEARS, FIXED_PER_YEAR, PER_EVENT, UNLIMITED]",
                errors(first).get("entitlementRule"));

        ValidationException fixed = assertThrows(ValidationException.class,
                () -> add(type("STUDY", "Study leave", "学习假", "FIXED_PER_YEAR", null, "NONE", "0.125")));
        assertEquals(Map.of("entitlementDays", "is required for FIXED_PER_YEAR: the days a year",
                "accrual", "must be MONTHLY or ANNUAL for FIXED_PER_YEAR",
                "maxCarryOverDays", "must be 0 to 366 days, with at most 2 decimals"), errors(fixed));
        assertEquals("FIXED_PER_YEAR 需要填写每年天数", fixed.errors().stream()
                .filter(f -> f.field().equals("entitlementDays")).findFirst().orElseThrow().message()
                .in(Locale.SIMPLIFIED_CHINESE));

        ValidationException perEvent = assertThrows(ValidationException.class,
                () -> add(type("MOVING", "Moving leave", "搬家假", "PER_EVENT", "0", "MONTHLY", "2")));
        assertEquals(Set.of("entitlementDays", "accrual", "maxCarryOverDays"), errors(perEvent).keySet());
        assertEquals("must be more than 0 and at most 366 days, with at most 2 decimals",
                errors(perEvent).get("entitlementDays"));

        ValidationException unlimited = assertThrows(ValidationException.class,
                () -> add(type("UNPAID", "Unpaid", "无薪假", "UNLIMITED", "5", "bogus", null)));
        assertEquals(Map.of("entitlementDays", "must be left out for UNLIMITED: there is no limit",
                "accrual", "must be one of [MONTHLY, ANNUAL, NONE]"), errors(unlimited));

        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> add(type("X" + "Y".repeat(32), "n".repeat(101), "学习假", "SERVICE_YEARS", "5", null, null)));
        assertEquals(Set.of("code", "name", "entitlementDays"), errors(tooLong).keySet());

        ValidationException renamed = assertThrows(ValidationException.class, () -> change("SICK",
                new LeaveTypeInput(null, "ILLNESS", "", null, null, null, null, null, null, null, null, null, null)));
        assertEquals(Set.of("code", "name"), errors(renamed).keySet());
        assertThrows(NotFoundException.class, () -> change("NOPE", active(false)));

        assertEquals(SEEDED, desk.rows("hr_leave_type"));
        assertEquals(List.of(), desk.audit.briefs());
    }

    @Test
    void aDuplicateCodeIsAConflict() throws Exception {
        add(type("STUDY", "Study leave", "学习假", "FIXED_PER_YEAR", "5", null, null));
        ConflictException again = assertThrows(ConflictException.class,
                () -> add(type("STUDY", "Study leave 2", "学习假2", "UNLIMITED", null, null, null)));
        assertEquals("There is already a leave type STUDY; change it instead of adding it again",
                again.text().in(Locale.ENGLISH));
        assertEquals("假期类型 STUDY 已存在；请修改它，不要重复新增", again.text().in(Locale.SIMPLIFIED_CHINESE));
        assertThrows(ConflictException.class, () -> add(type("ANNUAL", "Annual", "年假", "SERVICE_YEARS", null, null, null)));
        assertEquals(SEEDED + 1, desk.rows("hr_leave_type"));
        assertEquals(1, desk.audit.briefs().size());
    }

    @Test
    void changesKeepLeftOutFieldsAndTheRuleOfAUsedTypeStays() throws Exception {
        LeaveType study = add(type("STUDY", "Study leave", "学习假", "FIXED_PER_YEAR", "5", null, null));
        LeaveType changed = change("STUDY", new LeaveTypeInput(null, "STUDY", "Study and exam leave", null, null, null,
                new BigDecimal("8"), null, new BigDecimal("3"), null, null, null, null));
        assertEquals(new LeaveType(study.id(), 1, "STUDY", "Study and exam leave", "学习假", true,
                LeaveType.Rule.FIXED_PER_YEAR, new BigDecimal("8.00"), LeaveType.Accrual.MONTHLY, new BigDecimal("3.00"),
                true, false, false, true), changed);
        assertEquals("{\"code\":\"STUDY\",\"changes\":{\"name\":{\"from\":\"Study leave\",\"to\":\"Study and exam leave\"},"
                + "\"entitlementDays\":{\"from\":5.00,\"to\":8.00},\"maxCarryOverDays\":{\"from\":0.00,\"to\":3.00}}}",
                desk.audit.records().get(1).details());
        assertEquals("update leave-type " + study.id(), desk.audit.briefs().get(1));

        LeaveType unlimited = change("STUDY", new LeaveTypeInput(null, null, null, null, null, "UNLIMITED", null, null,
                BigDecimal.ZERO, null, null, null, null));
        assertEquals(LeaveType.Rule.UNLIMITED, unlimited.entitlementRule());
        assertNull(unlimited.entitlementDays(), "a new rule takes its days from the body only");
        assertEquals(LeaveType.Accrual.NONE, unlimited.accrual());

        ask("STUDY", "2026-09-07", "2026-09-07", null);
        ConflictException used = assertThrows(ConflictException.class, () -> change("STUDY", type(null, null, null,
                "FIXED_PER_YEAR", "5", null, null)));
        assertEquals("Study and exam leave (STUDY) already has leave requests or balances, so its entitlement rule stays"
                + " UNLIMITED; deactivate it and add a new leave type instead", used.text().in(Locale.ENGLISH));
        assertEquals("学习假（STUDY）已有请假申请或假期余额，享有规则只能保持 UNLIMITED；请停用该类型并新增一个假期类型",
                used.text().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(3, desk.audit.briefs().stream().filter(b -> b.contains("leave-type")).count());
    }

    @Test
    void onlyLeaveManagersDefineTypes() throws Exception {
        LeaveTypeInput study = type("STUDY", "Study leave", "学习假", "FIXED_PER_YEAR", "5", null, null);
        ForbiddenException employee = assertThrows(ForbiddenException.class,
                () -> CallContext.runAs(LeaveDesk.LI_NA, () -> desk.types.create(study)));
        assertTrue(employee.getMessage().contains("hr.leave.manage"), employee.getMessage());
        assertThrows(ForbiddenException.class,
                () -> CallContext.runAs(LeaveDesk.BOSS, () -> desk.types.update(1, "SICK", active(false))));
        assertEquals(SEEDED, desk.rows("hr_leave_type"));
        assertEquals(SEEDED, desk.db.number("SELECT COUNT(*) FROM hr_leave_type WHERE active = TRUE"));
        assertEquals(SEEDED, CallContext.runAs(LeaveDesk.LI_NA, () -> desk.types.list(1, true)).size(),
                "every employee reads the types");
        assertEquals(List.of(), desk.audit.briefs());
    }
}
