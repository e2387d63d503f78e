package io.tangram.hr.impl.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.hr.api.payroll.PayrollTopics;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.web.api.JsonText;

/**
 * January 2026 payroll of three employees under the seeded Shanghai sample policy (SI base 7,460 –
 * 37,302: pension 8 %/16 %, medical 2 %/9 %, unemployment 0.5 %/0.5 %, injury 0/0.16 %, maternity
 * 0/1 %; housing fund 2,690 – 37,302, 7 %/7 %, whole yuan). A day's pay is base / 21.75.
 *
 * <pre>
 * E001 Wang Fang, ENG, base 10,000, no structure; attendance 21 workdays, 1 day absent, 0.5 day
 *      unpaid leave, 4 h overtime × 1.5
 *   overtime 10,000 × 1.5 × 4 / 174 = 344.83; absence 10,000 / 21.75 = 459.77; unpaid 5,000 / 21.75 = 229.89
 *   gross 10,000 + 344.83 − 459.77 − 229.89 = 9,655.17
 *   SI on 10,000: 800 / 1,600, 200 / 900, 50 / 50, 0 / 16, 0 / 100 → employee 1,050.00, employer 2,666.00
 *   HF 700 / 700; taxable 9,655.17 − 5,000 − 1,750 = 2,905.17 × 3 % = 87.16; net 9,655.17 − 1,750 − 87.16 = 7,818.01
 * E002 Li Na, ENG, structure: base 30,000, meal 600 taxable, travel 400 exempt, SI base 25,000, other
 *      deduction 200; children's education 2,000 + housing rent 1,500
 *   gross 31,000.00; SI on 25,000: 2,000 / 4,000, 500 / 2,250, 125 / 125, 0 / 40, 0 / 250 → 2,625.00 / 6,665.00
 *   HF on 30,000: 2,100 / 2,100; taxable 31,000 − 400 − 5,000 − 4,725 − 3,500 − 200 = 17,175 × 3 % = 515.25
 *   net 31,000 − 4,725 − 515.25 = 25,759.75
 * E003 Zhao Lei, SALES, hired 2026-01-16, base 15,000; 11 workdays while employed of 21
 *   prorated 15,000 × 11 / 21 = 7,857.14 = gross; SI on 15,000: 1,200 / 2,400, 300 / 1,350, 75 / 75, 0 / 24,
 *   0 / 150 → 1,575.00 / 3,999.00; HF 1,050 / 1,050; taxable 7,857.14 − 5,000 − 2,625 = 232.14 × 3 % = 6.96
 *   net 7,857.14 − 2,625 − 6.96 = 5,225.18
 * E004 left 2025-12-31: not paid in January.
 * </pre>
 */
class PayrollServiceTest {
    private PayrollDesk desk;
    private long wang;
    private long zhao;

    @BeforeEach
    void setUp() throws Exception {
        desk = new PayrollDesk();
        long eng = desk.department("ENG", "Engineering", "CC-ENG", "6602");
        long sales = desk.department("SALES", "Sales", "CC-SALES", null);
        wang = desk.employee("E001", "wang.fang", "Wang Fang", eng, "2020-03-01", null, "SH", "10000", "6222000011");
        desk.employee("E002", "li.na", "Li Na", eng, "2019-05-06", null, "SH", "28000", "6222000022");
        zhao = desk.employee("E003", "zhao.lei", "Zhao Lei", sales, "2026-01-16", null, "SH", "15000", "6222000033");
        desk.employee("E004", "gone", "Qian Gone", sales, "2018-01-01", "2025-12-31", "SH", "9000", "6222000044");
        desk.attendance(wang, "2026-01", "21", "19.5", "1", "0.5", "4");
        desk.attendance(zhao, "2026-01", "11", "11", "0", "0", "0");
        CallContext.bind(PayrollDesk.ADMIN);
        desk.structures.save(new SalaryStructureInput(null, "E002", "2026-01", new BigDecimal("30000"),
                new BigDecimal("25000"), null, null, null, new BigDecimal("200"), List.of(
                        new Allowance("MEAL", "Meal allowance 餐补", new BigDecimal("600"), true),
                        new Allowance("TRAVEL", "Travel subsidy 差旅补贴", new BigDecimal("400"), false)), null));
        desk.structures.declare(new SpecialDeductionInput(null, "E002", SpecialDeductionKind.CHILD_EDUCATION,
                new BigDecimal("2000"), 1, "2025-09", null, null));
        desk.structures.declare(new SpecialDeductionInput(null, "E002", SpecialDeductionKind.HOUSING_RENT,
                new BigDecimal("1500"), null, "2026-01", "2026-12", null));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private static <T> T as(Caller caller, Callable<T> work) throws Exception {
        return CallContext.runAs(caller, work);
    }

    private static String message(Exception e) {
        return ((io.tangram.platform.api.error.TangramException) e).text().in(Locale.ENGLISH);
    }

    @Test
    void januaryPayslipsCarryEveryHandComputedFigure() throws Exception {
        PayrollRun run = as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-01"));
        assertEquals("PR-2026-01", run.number());
        assertEquals(PayrollRunStatus.DRAFT, run.status());
        assertEquals(3, run.headcount());
        assertEquals(List.of("48512.31", "609.37", "38802.94", "65692.31"), List.of(run.gross().toPlainString(),
                run.incomeTax().toPlainString(), run.netPay().toPlainString(), run.employerCost().toPlainString()));

        List<Payslip> slips = desk.payroll.payslips(1, "PR-2026-01");
        assertEquals(List.of("E001", "E002", "E003"), slips.stream().map(Payslip::employee).toList());
        Payslip w = slips.get(0);
        assertEquals(List.of("21.00", "21.00", "19.50", "1.00", "0.50", "4.00"), List.of(
                w.attendance().monthWorkdays().toPlainString(), w.attendance().workdays().toPlainString(),
                w.attendance().presentDays().toPlainString(), w.attendance().absentDays().toPlainString(),
                w.attendance().unpaidLeaveDays().toPlainString(), w.attendance().overtimeHours().toPlainString()));
        assertEquals(List.of("10000.00", "10000.00", "344.83", "459.77", "229.89", "9655.17"), List.of(
                w.earnings().baseSalary().toPlainString(), w.earnings().proratedBase().toPlainString(),
                w.earnings().overtimePay().toPlainString(), w.earnings().absenceDeduction().toPlainString(),
                w.earnings().unpaidLeaveDeduction().toPlainString(), w.earnings().gross().toPlainString()));
        assertEquals(List.of("800.00", "1600.00", "200.00", "900.00", "50.00", "50.00", "0.00", "16.00", "0.00",
                "100.00", "700.00", "700.00"), figures(w.contributions()));
        assertEquals("1050.00", w.employeeSocialInsurance().toPlainString());
        assertEquals("2666.00", w.employerSocialInsurance().toPlainString());
        assertEquals(List.of("1", "9655.17", "5000.00", "1750.00", "2905.17", "0.03", "87.16", "7818.01"), List.of(
                String.valueOf(w.tax().monthsEmployed()), w.tax().cumulativeGross().toPlainString(),
                w.tax().cumulativeBasicDeduction().toPlainString(), w.tax().cumulativeInsurance().toPlainString(),
                w.tax().cumulativeTaxableIncome().toPlainString(), w.tax().rate().toPlainString(),
                w.tax().incomeTax().toPlainString(), w.netPay().toPlainString()));

        Payslip l = slips.get(1);
        assertEquals(List.of("1000.00", "400.00", "31000.00"), List.of(l.earnings().allowancesTotal().toPlainString(),
                l.earnings().taxExempt().toPlainString(), l.earnings().gross().toPlainString()));
        assertEquals(List.of("MEAL", "TRAVEL"), l.earnings().allowances().stream().map(Allowance::code).toList());
        assertEquals(List.of("2000.00", "4000.00", "500.00", "2250.00", "125.00", "125.00", "0.00", "40.00", "0.00",
                "250.00", "2100.00", "2100.00"), figures(l.contributions()));
        assertEquals(List.of("25000.00", "30000.00"), List.of(l.contributions().siBase().toPlainString(),
                l.contributions().hfBase().toPlainString()));
        assertEquals(List.of("3500.00", "200.00", "17175.00", "515.25", "25759.75"), List.of(
                l.tax().specialDeductions().toPlainString(), l.tax().otherDeductions().toPlainString(),
                l.tax().cumulativeTaxableIncome().toPlainString(), l.tax().incomeTax().toPlainString(),
                l.netPay().toPlainString()));

        Payslip z = slips.get(2);
        assertEquals(List.of("21.00", "11.00", "15000.00", "7857.14", "7857.14"), List.of(
                z.attendance().monthWorkdays().toPlainString(), z.attendance().workdays().toPlainString(),
                z.earnings().baseSalary().toPlainString(), z.earnings().proratedBase().toPlainString(),
                z.earnings().gross().toPlainString()));
        assertEquals(List.of("1575.00", "3999.00", "1050.00", "232.14", "6.96", "5225.18"), List.of(
                z.employeeSocialInsurance().toPlainString(), z.employerSocialInsurance().toPlainString(),
                z.contributions().housingFund().employee().toPlainString(),
                z.tax().cumulativeTaxableIncome().toPlainString(), z.tax().incomeTax().toPlainString(),
                z.netPay().toPlainString()));
        assertEquals(List.of("create payroll-run PR-2026-01"), desk.audit.briefs().stream()
                .filter(b -> b.contains("payroll-run")).toList());
    }

    @Test
    void runGoesThroughReviewApprovalAndPostingOnce() throws Exception {
        as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-01"));
        ConflictException early = assertThrows(ConflictException.class,
                () -> as(PayrollDesk.BOSS, () -> desk.payroll.approve(1, "PR-2026-01")));
        assertEquals("Payroll PR-2026-01 is DRAFT: only a REVIEWED run can be approved", message(early));
        as(PayrollDesk.CLERK, () -> desk.payroll.review(1, "PR-2026-01"));
        ConflictException own = assertThrows(ConflictException.class,
                () -> as(PayrollDesk.CLERK, () -> desk.payroll.approve(1, "PR-2026-01")));
        assertEquals("You prepared payroll PR-2026-01 yourself: another person must approve it", message(own));
        PayrollRun approved = as(PayrollDesk.BOSS, () -> desk.payroll.approve(1, "PR-2026-01"));
        assertEquals(PayrollRunStatus.APPROVED, approved.status());
        assertEquals("boss", approved.approvedBy());
        assertEquals("OA is not installed: employees were not notified; they find their payslips under /api/hr/payslips/me",
                approved.payslipNotice());
        assertEquals("未安装办公模块：未通知员工，员工可在 /api/hr/payslips/me 查看工资条", approved.payslipNoticeZh());
        ConflictException recompute = assertThrows(ConflictException.class,
                () -> as(PayrollDesk.CLERK, () -> desk.payroll.recompute(1, "PR-2026-01")));
        assertEquals("Payroll PR-2026-01 is APPROVED: only a DRAFT run can be recomputed", message(recompute));
        assertTrue(desk.events.events().isEmpty(), "nothing is published before posting");

        PayrollRun posted = as(PayrollDesk.BOSS, () -> desk.payroll.post(1, "PR-2026-01"));
        assertEquals(PayrollRunStatus.POSTED, posted.status());
        assertEquals("SKIPPED", posted.financeStatus());
        assertEquals("finance is not installed: the voucher will be booked when it is", posted.financeNote());
        assertEquals("未安装财务模块：安装后自动记账", posted.financeNoteZh());
        List<DomainEvent> published = desk.events.on(PayrollTopics.PAYROLL_POSTED);
        assertEquals(1, published.size());
        assertEquals("PR-2026-01", published.get(0).sourceRef());
        assertEquals("{\"number\":\"PR-2026-01\",\"period\":\"2026-01\",\"date\":\"2026-01-31\",\"currency\":\"CNY\","
                + "\"departments\":[{\"department\":\"ENG\",\"departmentName\":\"Engineering\",\"costCentre\":\"CC-ENG\","
                + "\"expenseAccount\":\"6602\",\"headcount\":2,\"gross\":\"40655.17\",\"employeeSocialInsurance\":\"3675.00\","
                + "\"employeeHousingFund\":\"2800.00\",\"incomeTax\":\"602.41\",\"netPay\":\"33577.76\","
                + "\"employerSocialInsurance\":\"9331.00\",\"employerHousingFund\":\"2800.00\"},"
                + "{\"department\":\"SALES\",\"departmentName\":\"Sales\",\"costCentre\":\"CC-SALES\",\"expenseAccount\":null,"
                + "\"headcount\":1,\"gross\":\"7857.14\",\"employeeSocialInsurance\":\"1575.00\",\"employeeHousingFund\":\"1050.00\","
                + "\"incomeTax\":\"6.96\",\"netPay\":\"5225.18\",\"employerSocialInsurance\":\"3999.00\","
                + "\"employerHousingFund\":\"1050.00\"}]}", published.get(0).payload());
        for (JsonNode d : JsonText.read(published.get(0).payload()).path("departments")) {
            assertEquals(new BigDecimal(d.path("netPay").asText()), new BigDecimal(d.path("gross").asText())
                    .subtract(new BigDecimal(d.path("employeeSocialInsurance").asText()))
                    .subtract(new BigDecimal(d.path("employeeHousingFund").asText()))
                    .subtract(new BigDecimal(d.path("incomeTax").asText())), "netPay identity of " + d.path("department"));
        }

        ConflictException twice = assertThrows(ConflictException.class,
                () -> as(PayrollDesk.BOSS, () -> desk.payroll.post(1, "PR-2026-01")));
        assertEquals("Payroll PR-2026-01 is posted already", message(twice));
        assertEquals(1, desk.events.on(PayrollTopics.PAYROLL_POSTED).size());
        assertEquals(List.of("create payroll-run PR-2026-01", "review payroll-run PR-2026-01",
                "approve payroll-run PR-2026-01", "post payroll-run PR-2026-01"), desk.audit.briefs().stream()
                .filter(b -> b.contains("payroll-run")).toList());
        ConflictException again = assertThrows(ConflictException.class,
                () -> as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-01")));
        assertEquals("The payroll of 2026-01 exists already (PR-2026-01)", message(again));
    }

    @Test
    void financeInstalledMeansSent() throws Exception {
        desk.installed.add("finance");
        approvedJanuary();
        PayrollRun posted = as(PayrollDesk.BOSS, () -> desk.payroll.post(1, "PR-2026-01"));
        assertEquals("SENT", posted.financeStatus());
        assertEquals(null, posted.financeNote());
    }

    @Test
    void employeesAreToldThroughOaThatTheirPayslipsAreReady() throws Exception {
        List<NotificationInput> sent = new CopyOnWriteArrayList<>();
        desk.payroll.notifications = n -> {
            sent.add(n);
            return sent.size();
        };
        PayrollRun approved = approvedJanuary();
        assertEquals("3 employees notified that their payslips are ready", approved.payslipNotice());
        assertEquals("已通知 3 名员工查看工资条", approved.payslipNoticeZh());
        assertEquals(List.of("wang.fang", "li.na", "zhao.lei"), sent.stream().map(NotificationInput::recipient).toList());
        assertEquals(new NotificationInput(1, "wang.fang", "payroll", "Your payslip for 2026-01 is ready",
                "您 2026-01 的工资条已发放", null, "/api/hr/payslips/me?period=2026-01", "PR-2026-01"), sent.get(0));
    }

    @Test
    void februaryWithholdsOnTheYearSoFarAndWaitsForJanuary() throws Exception {
        as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-01"));
        ConflictException wait = assertThrows(ConflictException.class,
                () -> as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-02")));
        assertEquals("Approve PR-2026-01 first: its tax counts in the cumulative withholding of 2026-02", message(wait));
        as(PayrollDesk.CLERK, () -> desk.payroll.review(1, "PR-2026-01"));
        as(PayrollDesk.BOSS, () -> desk.payroll.approve(1, "PR-2026-01"));
        as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-02"));
        List<Payslip> feb = desk.payroll.payslips(1, "PR-2026-02");
        // E001 full February: cum. 19,655.17 − 10,000 − 3,500 = 6,155.17 × 3 % = 184.66 − 87.16 = 97.50
        Payslip w = feb.get(0);
        assertEquals(List.of("2", "19655.17", "10000.00", "3500.00", "6155.17", "184.66", "87.16", "97.50"), List.of(
                String.valueOf(w.tax().monthsEmployed()), w.tax().cumulativeGross().toPlainString(),
                w.tax().cumulativeBasicDeduction().toPlainString(), w.tax().cumulativeInsurance().toPlainString(),
                w.tax().cumulativeTaxableIncome().toPlainString(), w.tax().cumulativeTax().toPlainString(),
                w.tax().taxWithheldBefore().toPlainString(), w.tax().incomeTax().toPlainString()));
        // E003 first full month: cum. 22,857.14 − 10,000 − 5,250 = 7,607.14 × 3 % = 228.21 − 6.96 = 221.25
        Payslip z = feb.get(2);
        assertEquals(List.of("22857.14", "7607.14", "228.21", "221.25"), List.of(z.tax().cumulativeGross().toPlainString(),
                z.tax().cumulativeTaxableIncome().toPlainString(), z.tax().cumulativeTax().toPlainString(),
                z.tax().incomeTax().toPlainString()));
    }

    @Test
    void bankFileOnlyOnceApprovedAndEveryoneNeedsAnAccount() throws Exception {
        as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-01"));
        ConflictException draft = assertThrows(ConflictException.class,
                () -> as(PayrollDesk.CLERK, () -> desk.payroll.bankFile(1, "PR-2026-01")));
        assertEquals("Payroll PR-2026-01 is DRAFT: the bank file is available once it is approved", message(draft));
        as(PayrollDesk.CLERK, () -> desk.payroll.review(1, "PR-2026-01"));
        desk.sql.update("UPDATE hr_employee SET bank_account = NULL WHERE number IN ('E002', 'E003')");
        ConflictException noAccount = assertThrows(ConflictException.class,
                () -> as(PayrollDesk.BOSS, () -> desk.payroll.approve(1, "PR-2026-01")));
        assertEquals("Payroll PR-2026-01 cannot be approved: no bank account for E002 Li Na, E003 Zhao Lei",
                message(noAccount));
        desk.sql.update("UPDATE hr_employee SET bank_account = '6222000099' WHERE number IN ('E002', 'E003')");
        as(PayrollDesk.BOSS, () -> desk.payroll.approve(1, "PR-2026-01"));
        String csv = as(PayrollDesk.CLERK, () -> desk.payroll.bankFile(1, "PR-2026-01"));
        assertEquals("employee,name,bank,account,amount,currency,memo\r\n"
                + "E001,Wang Fang,ICBC Shanghai,6222000011,7818.01,CNY,Salary 2026-01 工资\r\n"
                + "E002,Li Na,ICBC Shanghai,6222000099,25759.75,CNY,Salary 2026-01 工资\r\n"
                + "E003,Zhao Lei,ICBC Shanghai,6222000099,5225.18,CNY,Salary 2026-01 工资\r\n", csv);
        assertTrue(desk.audit.briefs().contains("export-bank-file payroll-run PR-2026-01"));
    }

    @Test
    void salariesStayPrivate() throws Exception {
        Caller wangFang = new Caller("wang.fang", Set.of(), Set.of("hr.self.service"));
        Caller liNa = new Caller("li.na", Set.of(), Set.of("hr.self.service"));
        as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-01"));
        assertEquals(List.of(), as(wangFang, () -> desk.payroll.mine(1, "2026-01")), "a draft is not released");
        as(PayrollDesk.CLERK, () -> desk.payroll.review(1, "PR-2026-01"));
        as(PayrollDesk.BOSS, () -> desk.payroll.approve(1, "PR-2026-01"));
        List<Payslip> mine = as(wangFang, () -> desk.payroll.mine(1, "2026-01"));
        assertEquals(List.of("E001 7818.01"), mine.stream().map(p -> p.employee() + " " + p.netPay()).toList());
        assertEquals("7818.01", as(wangFang, () -> desk.payroll.payslip(1, "PR-2026-01", "E001")).netPay().toPlainString());
        ForbiddenException other = assertThrows(ForbiddenException.class,
                () -> as(liNa, () -> desk.payroll.payslip(1, "PR-2026-01", "E001")));
        assertEquals("hr.payroll.read", other.permission());
        assertThrows(ForbiddenException.class, () -> as(liNa, () -> desk.payroll.payslips(1, "PR-2026-01")));
        assertThrows(ForbiddenException.class, () -> as(liNa, () -> desk.payroll.get(1, "PR-2026-01")));
        assertThrows(ForbiddenException.class,
                () -> as(new Caller("x", Set.of(), Set.of()), () -> desk.payroll.mine(1, null)));
    }

    @Test
    void missingPayDataIsNamedAndNothingIsHalfWritten() throws Exception {
        long sales = desk.db.number("SELECT id FROM hr_department WHERE code = 'SALES'");
        desk.employee("E005", null, "Sun Nobase", sales, "2025-06-01", null, "SH", null, "1");
        desk.employee("E006", null, "Zhou Nowhere", sales, "2025-06-01", null, "GZ", "8000", "2");
        ConflictException e = assertThrows(ConflictException.class,
                () -> as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-01")));
        assertEquals("The payroll of 2026-01 cannot be computed: E005 Sun Nobase has no base salary; "
                + "E006 Zhou Nowhere has no social insurance policy for city GZ", message(e));
        assertEquals("2026-01 的工资无法计算：E005 Sun Nobase 没有基本工资；E006 Zhou Nowhere 的社保城市 GZ 没有社保政策",
                e.text().in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM hr_payroll_run"));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM hr_payslip"));
    }

    @Test
    void reportsSumByDepartmentAndCostCentre() throws Exception {
        approvedJanuary();
        Caller reader = new Caller("cfo", Set.of(), Set.of("hr.payroll.read", "hr.report.read"));
        PayrollReports.PayrollSummary summary = as(reader, () -> desk.reports.payroll(1, "2026-01"));
        assertEquals(PayrollRunStatus.APPROVED, summary.status());
        assertEquals(List.of("ENG 2 40655.17 33577.76 52786.17", "SALES 1 7857.14 5225.18 12906.14"),
                summary.departments().stream().map(d -> d.department() + " " + d.headcount() + " " + d.gross() + " "
                        + d.netPay() + " " + d.labourCost()).toList());
        assertEquals("65692.31", summary.total().labourCost().toPlainString());
        List<PayrollReports.LabourCostLine> cost = as(reader, () -> desk.reports.labourCost(1, "2026-01", "2026-12"));
        assertEquals(List.of("CC-ENG 2026-01 52786.17", "CC-SALES 2026-01 12906.14"), cost.stream()
                .map(c -> c.costCentre() + " " + c.period() + " " + c.labourCost()).toList());
        assertThrows(ForbiddenException.class, () -> as(new Caller("hr", Set.of(), Set.of("hr.payroll.read")),
                () -> desk.reports.payroll(1, "2026-01")));
    }

    private PayrollRun approvedJanuary() throws Exception {
        as(PayrollDesk.CLERK, () -> desk.payroll.create(1, "2026-01"));
        as(PayrollDesk.CLERK, () -> desk.payroll.review(1, "PR-2026-01"));
        return as(PayrollDesk.BOSS, () -> desk.payroll.approve(1, "PR-2026-01"));
    }

    private static List<String> figures(Contributions c) {
        return List.of(c.pension().employee(), c.pension().employer(), c.medical().employee(), c.medical().employer(),
                c.unemployment().employee(), c.unemployment().employer(), c.workInjury().employee(),
                c.workInjury().employer(), c.maternity().employee(), c.maternity().employer(),
                c.housingFund().employee(), c.housingFund().employer()).stream().map(BigDecimal::toPlainString).toList();
    }
}
