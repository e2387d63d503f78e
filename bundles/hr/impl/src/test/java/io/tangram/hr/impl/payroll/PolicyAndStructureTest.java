package io.tangram.hr.impl.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

class PolicyAndStructureTest {
    private PayrollDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new PayrollDesk();
        long eng = desk.department("ENG", "Engineering", "CC-ENG", null);
        desk.employee("E001", "wang.fang", "Wang Fang", eng, "2020-03-01", null, "BJ", "12000", "6222000011");
        CallContext.bind(PayrollDesk.ADMIN);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    @Test
    void samplePoliciesAreSeededAndTheOneInForceIsPicked() {
        assertEquals(List.of("BJ 2025-07-01 7162.00-35811.00 0.12", "SH 2025-07-01 7460.00-37302.00 0.07",
                "SZ 2025-07-01 2520.00-27501.00 0.05"), desk.policies.list(1, PageRequest.of(0, 50)).items().stream()
                .map(p -> p.city() + " " + p.effectiveFrom() + " " + p.siFloor() + "-" + p.siCap() + " "
                        + p.housingFund().employee()).toList());
        SocialInsurancePolicy next = SocialInsuranceTest.shanghai(true);
        SocialInsurancePolicy created = desk.policies.create(new SocialInsurancePolicy(null, null, "sh", "Shanghai",
                "上海", LocalDate.of(2026, 7, 1), null, new BigDecimal("7800"), new BigDecimal("39000"), next.hfFloor(),
                next.hfCap(), next.pension(), next.medical(), next.unemployment(), next.workInjury(), next.maternity(),
                next.housingFund(), true, null, null));
        assertEquals("SH", created.city());
        assertEquals("7460.00", desk.policies.inForce(1, "SH", YearMonth.of(2026, 6)).orElseThrow().siFloor().toPlainString());
        assertEquals("7800.00", desk.policies.inForce(1, "SH", YearMonth.of(2026, 7)).orElseThrow().siFloor().toPlainString());
        assertEquals(true, desk.policies.inForce(1, "SH", YearMonth.of(2025, 6)).isEmpty());
        ConflictException twice = assertThrows(ConflictException.class, () -> desk.policies.create(created));
        assertEquals("There is already a policy for SH from 2026-07-01", twice.text().in(Locale.ENGLISH));
        assertEquals(List.of("create si-policy " + created.id()), desk.audit.briefs());
    }

    @Test
    void badPolicyNamesEveryField() {
        SocialInsurancePolicy p = SocialInsuranceTest.shanghai(true);
        ValidationException e = assertThrows(ValidationException.class, () -> desk.policies.create(
                new SocialInsurancePolicy(null, null, " ", "Shanghai", null, null, "XX", new BigDecimal("9000"),
                        new BigDecimal("8000"), p.hfFloor(), p.hfCap(), new ContributionRates(new BigDecimal("8"),
                        new BigDecimal("0.16")), p.medical(), null, p.workInjury(), p.maternity(), p.housingFund(), true,
                        null, null)));
        assertEquals(List.of("city", "effectiveFrom", "currency", "siCap", "pension.employee", "unemployment"),
                e.errors().stream().map(f -> f.field()).toList());
        assertThrows(ForbiddenException.class, () -> CallContext.runAs(new Caller("r", Set.of(), Set.of("hr.payroll.read")),
                () -> desk.policies.create(p)));
    }

    @Test
    void structureDefaultsToTheEmployeeAndIsReplacedForTheSameMonth() {
        SalaryStructure first = desk.structures.save(new SalaryStructureInput(null, "E001", "2026-01", null, null, null,
                null, null, null, List.of(new Allowance("MEAL", "Meal", new BigDecimal("500"), true)), null));
        assertEquals(List.of("12000.00", "12000.00", "12000.00", "BJ", "1.5", "0.00"), List.of(
                first.baseSalary().toPlainString(), first.siBase().toPlainString(), first.hfBase().toPlainString(),
                first.city(), first.overtimeRate().toPlainString(), first.otherDeduction().toPlainString()));
        SalaryStructure replaced = desk.structures.save(new SalaryStructureInput(null, "E001", "2026-01",
                new BigDecimal("13000"), new BigDecimal("10000"), null, "sh", new BigDecimal("2"), null, List.of(), null));
        desk.structures.save(new SalaryStructureInput(null, "E001", "2026-06", new BigDecimal("15000"), null, null, null,
                null, null, null, null));
        assertEquals(List.of("2026-06 15000.00", "2026-01 13000.00"), desk.structures.structures(1, "E001").stream()
                .map(s -> s.fromMonth() + " " + s.baseSalary()).toList());
        var e = desk.register.byNumber(1, "E001").orElseThrow();
        assertEquals("SH 10000.00 13000.00", desk.structures.inForce(e, YearMonth.of(2026, 5)).map(s -> s.city() + " "
                + s.siBase() + " " + s.hfBase()).orElseThrow());
        assertEquals(true, desk.structures.inForce(e, YearMonth.of(2025, 12)).isEmpty());
        assertEquals(List.of("create salary-structure " + first.id(), "replace salary-structure " + replaced.id()),
                desk.audit.briefs().subList(0, 2));
        ValidationException bad = assertThrows(ValidationException.class, () -> desk.structures.save(
                new SalaryStructureInput(null, "E999", "2026-13", new BigDecimal("-1"), null, null, null,
                        BigDecimal.ZERO, null, List.of(new Allowance(null, "x", null, true)), null)));
        assertEquals(List.of("fromMonth", "baseSalary", "overtimeRate", "allowances[0].code", "allowances[0].amount",
                "employee"), bad.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void deductionsAreValidatedAgainstTheStandards() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.structures.declare(
                new SpecialDeductionInput(null, "E001", SpecialDeductionKind.HOUSING_RENT, new BigDecimal("2000"), null,
                        "2026-1", null, null)));
        assertEquals(List.of("fromMonth: must be a month like 2026-11", "amount: must be one of [1500, 1100, 800] for HOUSING_RENT"),
                e.errors().stream().map(f -> f.field() + ": " + f.message().in(Locale.ENGLISH)).toList());
        SpecialDeduction d = desk.structures.declare(new SpecialDeductionInput(null, "E001",
                SpecialDeductionKind.ELDERLY_SUPPORT, new BigDecimal("3000"), null, "2026-01", "2026-12", "only child"));
        assertEquals(List.of("ELDERLY_SUPPORT 3000.00 2026-01 2026-12"), desk.structures.deductions(1, "E001").stream()
                .map(x -> x.kind() + " " + x.amount() + " " + x.fromMonth() + " " + x.toMonth()).toList());
        desk.structures.withdraw(d.id());
        assertEquals(List.of(), desk.structures.deductions(1, "E001"));
        assertEquals(List.of("create special-deduction " + d.id(), "delete special-deduction " + d.id()),
                desk.audit.briefs());
    }
}
