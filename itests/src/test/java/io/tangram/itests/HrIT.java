package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Hire to pay, in one container. First HR runs alone: departments and three employees, onboarding
 * (a platform user created, OA tasks recorded as skipped), a leave approved by the manager in HR, and
 * the September payroll posted with finance recorded as skipped. Then OA and finance are installed
 * without a restart: finance books the September run from the outbox, once. Then a full October:
 * device clock records for the month, an annual leave approved through OA by the manager HR names, the
 * month's attendance, the payroll run reviewed, approved (not by its preparer) and posted, payslips and
 * the bank file, and the finance voucher posted exactly once with the ledger balancing; salary data is
 * 403 for a colleague and visible to the employee.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class HrIT extends TangramTestSupport {
    private static final String MANAGER = "E1001";
    private static final String SALES_REP = "E1002";
    private static final String CLERK = "E1003";

    @Inject
    protected FeaturesService features;

    private static String newHirePassword;

    @Before
    public void hrInstalled() throws Exception {
        awaitSuite();
        if (!features.isInstalled(features.getFeature("tangram-hr"))) {
            features.installFeature("tangram-hr", EnumSet.noneOf(FeaturesService.Option.class));
        }
        awaitApi("/api/hr/departments");
    }

    private static JsonNode items(JsonNode page) {
        return page.has("items") ? page.get("items") : page;
    }

    private static void assertDecimal(String what, String expected, JsonNode actual) {
        assertNotNull(what + " missing", actual);
        assertEquals(what + ": " + actual, 0, new BigDecimal(expected).compareTo(actual.decimalValue()));
    }

    /** Every working day of {@code month} in and out at 08:55–18:05, except what {@code special} says (date → "in,out" or "" for none). */
    private static String punches(String employee, YearMonth month, Map<LocalDate, String> special) {
        StringBuilder csv = new StringBuilder();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            String times = special.getOrDefault(d, "08:55,18:05");
            if (times.isEmpty()) {
                continue;
            }
            String[] inOut = times.split(",");
            csv.append(employee).append(',').append(d).append('T').append(inOut[0]).append(":00,gate-1\n");
            csv.append(employee).append(',').append(d).append('T').append(inOut[1]).append(":00,gate-1\n");
        }
        return csv.toString();
    }

    private static JsonNode importPunches(String csv) {
        Answer answer = http("POST", "/api/hr/attendance/clock-records/import", as("hr.zhou"), "text/csv",
                "employee,time,device\n" + csv);
        assertEquals(answer.body(), 200, answer.status());
        return readJson(answer.body());
    }

    private static JsonNode integrations(String employee) {
        return call("GET", "/api/hr/employees/" + employee + "/integrations", "hr.zhou", null, 200);
    }

    private static boolean recorded(JsonNode integrations, String outcome, String words) {
        return StreamSupport.stream(items(integrations).spliterator(), false)
                .anyMatch(i -> outcome.equals(i.get("outcome").asText()) && i.toString().contains(words));
    }

    private static JsonNode run(String number) {
        return call("GET", "/api/hr/payroll/runs/" + number, "hr.zhou", null, 200);
    }

    private static JsonNode payslipOf(String run, String employee) {
        JsonNode slips = items(call("GET", "/api/hr/payroll/runs/" + run + "/payslips", "hr.zhou", null, 200));
        return StreamSupport.stream(slips.spliterator(), false)
                .filter(s -> employee.equals(s.get("employee").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(employee + " has no payslip in " + slips));
    }

    /** Creates the run of {@code period}, reviews it as hr.zhou, approves and posts it as qian.cfo. */
    private static JsonNode postedRun(String period) {
        JsonNode draft = call("POST", "/api/hr/payroll/runs", "hr.zhou", "{\"period\":\"" + period + "\"}", 201);
        String number = draft.get("number").asText();
        assertEquals("PR-" + period, number);
        assertEquals("DRAFT", draft.get("status").asText());
        call("POST", "/api/hr/payroll/runs/" + number + "/review", "hr.zhou", "{}", 200);
        Answer own = http("POST", "/api/hr/payroll/runs/" + number + "/approve", as("hr.zhou"), "application/json", "{}");
        assertEquals("the preparer cannot approve: " + own.body(), 409, own.status());
        call("POST", "/api/hr/payroll/runs/" + number + "/approve", "qian.cfo", "{}", 200);
        JsonNode posted = call("POST", "/api/hr/payroll/runs/" + number + "/post", "qian.cfo", "{}", 200);
        assertEquals("POSTED", posted.get("status").asText());
        call("POST", "/api/hr/payroll/runs/" + number + "/post", "qian.cfo", "{}", 409);
        return posted;
    }

    @Test
    public void a_hrAloneOnboardsPaysAndRecordsWhatItSkipped() throws Exception {
        assertFalse(features.isInstalled(features.getFeature("tangram-oa")));
        assertFalse(features.isInstalled(features.getFeature("tangram-finance")));
        role("employee", "hr.self.service");
        role("hr-clerk", "hr.*");
        role("payroll-approver", "hr.self.service", "hr.payroll.read", "hr.payroll.approve", "hr.payroll.post");
        role("sales-manager", "hr.self.service", "hr.leave.read", "hr.leave.approve", "hr.attendance.read");
        user("hr.zhou", "hr-clerk");
        user("qian.cfo", "payroll-approver");
        user("wang.fang", "sales-manager");
        user("li.lei", "employee");

        call("PUT", "/api/hr/cost-centres/CC-SALES", "hr.zhou", "{\"name\":\"Sales\",\"nameZh\":\"销售部\"}", 201);
        call("PUT", "/api/hr/cost-centres/CC-ADMIN", "hr.zhou", "{\"name\":\"Administration\",\"nameZh\":\"行政部\"}", 201);
        call("PUT", "/api/hr/departments/HQ", "hr.zhou", "{\"name\":\"Head office\",\"nameZh\":\"总部\"}", 201);
        call("PUT", "/api/hr/departments/SALES", "hr.zhou", "{\"name\":\"Sales\",\"nameZh\":\"销售部\",\"parentCode\":\"HQ\","
                + "\"costCentre\":\"CC-SALES\",\"expenseAccount\":\"5601\"}", 201);
        call("PUT", "/api/hr/departments/ADMIN", "hr.zhou", "{\"name\":\"Administration\",\"nameZh\":\"行政部\","
                + "\"parentCode\":\"HQ\",\"costCentre\":\"CC-ADMIN\"}", 201);

        Answer bad = http("POST", "/api/hr/employees", as("hr.zhou"), "application/json", "{\"number\":\"E9999\","
                + "\"name\":\"X\",\"departmentCode\":\"SALES\",\"hireDate\":\"2026-01-05\",\"contractType\":\"FOREVER\","
                + "\"probationEnd\":\"2025-01-01\"}");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("contractType") && bad.body().contains("probationEnd"));

        hire(MANAGER, "王芳", "wang.fang", "SALES", "2018-03-01", null, "30000.00", "6222020200112233445", "310101198503122036");
        hire(SALES_REP, "李雷", "li.lei", "SALES", "2021-06-01", null, "12000.00", "6222020200556677889", "310104199207181019");
        hire(CLERK, "陈敏", "chen.min", "ADMIN", "2026-09-01", "2026-11-30", "9000.00", "6222020200998877665", "440305199801014527");
        call("PUT", "/api/hr/departments/SALES", "hr.zhou", "{\"name\":\"Sales\",\"nameZh\":\"销售部\",\"parentCode\":\"HQ\","
                + "\"costCentre\":\"CC-SALES\",\"expenseAccount\":\"5601\",\"managerNumber\":\"" + MANAGER + "\"}", 200);

        call("POST", "/api/hr/employees/" + MANAGER + "/onboard", "hr.zhou", "{}", 200);
        call("POST", "/api/hr/employees/" + SALES_REP + "/onboard", "hr.zhou", "{}", 200);
        JsonNode onboarded = call("POST", "/api/hr/employees/" + CLERK + "/onboard", "hr.zhou", "{}", 200);
        assertTrue(onboarded.toString(), onboarded.get("userCreated").asBoolean());
        assertEquals("chen.min", onboarded.get("username").asText());
        newHirePassword = onboarded.get("initialPassword").asText();
        assertEquals("PROBATION", onboarded.get("employee").get("status").asText());
        JsonNode steps = integrations(CLERK);
        assertTrue(steps.toString(), recorded(steps, "DONE", "chen.min"));
        assertTrue(steps.toString(), recorded(steps, "SKIPPED", "OA is not installed"));
        assertEquals(200, get("/api/hr/employees/me", basic("chen.min", newHirePassword)).status());

        // Salary data: HR and the employee see it, a colleague gets 403.
        assertDecimal("base salary", "12000.00",
                call("GET", "/api/hr/employees/" + SALES_REP + "/personal", "li.lei", null, 200).get("baseSalary").get("amount"));
        call("GET", "/api/hr/employees/" + MANAGER + "/personal", "li.lei", null, 403);
        call("PUT", "/api/hr/employees/" + SALES_REP + "/personal", "li.lei", "{\"baseSalary\":99000}", 403);
        assertFalse("job data carries no salary",
                call("GET", "/api/hr/employees/" + MANAGER, "hr.zhou", null, 200).toString().contains("30000"));

        // September: every working day attended; li.lei takes one day of personal leave approved by wang.fang in HR.
        JsonNode imported = importPunches(punches(MANAGER, YearMonth.of(2026, 9), Map.of())
                + punches(SALES_REP, YearMonth.of(2026, 9), Map.of(LocalDate.of(2026, 9, 25), ""))
                + punches(CLERK, YearMonth.of(2026, 9), Map.of()));
        assertEquals(130, imported.get("stored").asInt());
        JsonNode leave = call("POST", "/api/hr/leave/requests", "li.lei", "{\"leaveType\":\"PERSONAL\",\"from\":\"2026-09-25\","
                + "\"to\":\"2026-09-25\",\"reason\":\"family matter\"}", 201);
        assertEquals("PENDING", leave.get("status").asText());
        assertTrue(leave.toString(), leave.toString().contains("OA is not installed"));
        String leaveNumber = leave.get("number").asText();
        call("POST", "/api/hr/leave/requests/" + leaveNumber + "/approve", "qian.cfo", "{}", 403);
        JsonNode approved = call("POST", "/api/hr/leave/requests/" + leaveNumber + "/approve", "wang.fang", "{}", 200);
        assertEquals("APPROVED", approved.get("status").asText());

        JsonNode september = call("GET", "/api/hr/attendance/months/2026-09?employee=" + SALES_REP, "hr.zhou", null, 200);
        JsonNode att = september.has("attendance") ? september.get("attendance") : september;
        assertDecimal("workdays", "22", att.get("workdays"));
        assertDecimal("present", "21", att.get("presentDays"));
        assertDecimal("unpaid leave", "1", att.get("unpaidLeaveDays"));
        assertDecimal("absent", "0", att.get("absentDays"));

        JsonNode run = postedRun("2026-09");
        assertEquals("SKIPPED", run.get("financeStatus").asText());
        assertTrue(run.toString(), run.get("financeNote").asText().contains("finance is not installed"));
        assertEquals(1, count("SELECT COUNT(*) FROM plat_outbox WHERE topic = 'tangram/hr/PayrollPosted' AND source_ref = ?",
                "PR-2026-09"));
        JsonNode slip = payslipOf("PR-2026-09", SALES_REP);
        assertDecimal("one unpaid day = 12,000 / 21.75", "551.72", slip.get("earnings").get("unpaidLeaveDeduction"));
        assertTrue(executeCommand("hr:payroll-runs").contains("PR-2026-09"));
        String checks = executeCommand("tangram:checks");
        assertTrue(checks, checks.contains("Leave accrual") && checks.contains("HR contract and probation reminders"));
    }

    private static void hire(String number, String name, String username, String department, String hireDate,
                             String probationEnd, String baseSalary, String bankAccount, String idNumber) {
        call("POST", "/api/hr/employees", "hr.zhou", "{\"number\":\"" + number + "\",\"name\":\"" + name + "\",\"username\":\""
                + username + "\",\"departmentCode\":\"" + department + "\",\"city\":\"SH\",\"hireDate\":\"" + hireDate + "\","
                + (probationEnd == null ? "" : "\"probationEnd\":\"" + probationEnd + "\",")
                + "\"contractType\":\"OPEN_ENDED\"}", 201);
        call("PUT", "/api/hr/employees/" + number + "/personal", "hr.zhou", "{\"baseSalary\":" + baseSalary
                + ",\"currency\":\"CNY\",\"bankName\":\"ICBC Shanghai\",\"bankAccount\":\"" + bankAccount + "\",\"idNumber\":\""
                + idNumber + "\"}", 200);
    }

    @Test
    public void b_installingOaAndFinanceLaterNeedsNoRestartAndBooksTheEarlierRunOnce() throws Exception {
        features.installFeature("tangram-finance", EnumSet.noneOf(FeaturesService.Option.class));
        features.installFeature("tangram-oa", EnumSet.noneOf(FeaturesService.Option.class));
        awaitApi("/api/finance/accounts");
        awaitApi("/api/oa/processes");
        // Finance met the September run before it had a chart; once the chart is loaded the run is
        // booked, by a pending retry or by retrying what was parked meanwhile.
        call("POST", "/api/finance/accounts/templates/CN_SMALL_BUSINESS", null, "{}", 200);
        await("September payroll booked", Duration.ofSeconds(90), () -> {
            if (count("SELECT COUNT(*) FROM fin_voucher WHERE source_type = 'PAYROLL' AND source_ref = 'PR-2026-09'"
                    + " AND status = 'POSTED'") == 1) {
                return true;
            }
            for (JsonNode parked : call("GET", "/api/platform/events/parked?subscriber=finance.payroll", null, null, 200)) {
                call("POST", "/api/platform/events/parked/finance.payroll/" + parked.get("eventId").asLong() + "/retry", null,
                        "{}", 200);
            }
            return false;
        });
        assertLedgerBalances();
        JsonNode voucher = call("GET", "/api/finance/vouchers?sourceType=PAYROLL", null, null, 200);
        assertEquals(voucher.toString(), 1, voucher.get("total").asInt());
    }

    @Test
    public void c_aMonthOfAttendanceAndLeaveThroughOaEndsInOnePostedPayrollVoucher() throws Exception {
        role("sales-manager", "hr.self.service", "hr.leave.read", "hr.leave.approve", "hr.attendance.read", "oa.approval.read",
                "oa.approval.act");
        call("POST", "/api/oa/processes", null, "{\"code\":\"HR-LEAVE\",\"documentType\":\"hr.leave-request\","
                + "\"name\":\"Leave approval\",\"nameZh\":\"请假审批\",\"steps\":[{\"name\":\"Manager\",\"nameZh\":\"直属上级审批\","
                + "\"mode\":\"ANY\",\"approvers\":[{\"kind\":\"DEPARTMENT_MANAGER\"}]}]}", 201);
        for (int month = 1; month <= 10; month++) {
            call("POST", "/api/hr/leave/accruals?year=2026&month=" + month, "hr.zhou", "{}", 200);
        }
        BigDecimal before = annualBalance();

        // October: li.lei is 12 minutes late on the 13th, works until 20:00 on the 14th, misses the 21st,
        // and takes annual leave on the 29th and 30th.
        importPunches(punches(MANAGER, YearMonth.of(2026, 10), Map.of())
                + punches(SALES_REP, YearMonth.of(2026, 10), Map.of(LocalDate.of(2026, 10, 13), "09:12,18:05",
                        LocalDate.of(2026, 10, 14), "08:55,20:00", LocalDate.of(2026, 10, 21), "",
                        LocalDate.of(2026, 10, 29), "", LocalDate.of(2026, 10, 30), ""))
                + punches(CLERK, YearMonth.of(2026, 10), Map.of()));
        JsonNode leave = call("POST", "/api/hr/leave/requests", "li.lei", "{\"leaveType\":\"ANNUAL\",\"from\":\"2026-10-29\","
                + "\"to\":\"2026-10-30\",\"reason\":\"trip home\"}", 201);
        assertDecimal("leave days", "2", leave.get("days"));
        assertEquals("OA", leave.get("approvalPath").asText());
        String ref = leave.get("approvalRef").asText();
        call("POST", "/api/oa/approvals/" + ref + "/approve", "hr.zhou", "{}", 403);
        call("POST", "/api/oa/approvals/" + ref + "/approve", "wang.fang", "{\"comment\":\"enjoy\"}", 200);
        String number = leave.get("number").asText();
        await("leave approved through OA", Duration.ofSeconds(30), () -> "APPROVED".equals(
                call("GET", "/api/hr/leave/requests/" + number, "li.lei", null, 200).get("status").asText()));
        assertEquals(0, before.subtract(new BigDecimal("2")).compareTo(annualBalance()));

        JsonNode october = call("GET", "/api/hr/attendance/months/2026-10?employee=" + SALES_REP, "hr.zhou", null, 200);
        JsonNode att = october.has("attendance") ? october.get("attendance") : october;
        assertDecimal("workdays", "22", att.get("workdays"));
        assertDecimal("present", "19", att.get("presentDays"));
        assertDecimal("absent", "1", att.get("absentDays"));
        assertDecimal("paid leave", "2", att.get("paidLeaveDays"));
        assertEquals(1, att.get("lateCount").asInt());
        assertDecimal("overtime 18:00–20:00", "2", att.get("overtimeHours"));

        postedRun("2026-10");
        await("October payroll booked", Duration.ofSeconds(60), () -> count("SELECT COUNT(*) FROM fin_voucher"
                + " WHERE source_type = 'PAYROLL' AND source_ref = 'PR-2026-10' AND status = 'POSTED'") == 1);
        Thread.sleep(2000);
        assertEquals("booked exactly once", 1, count("SELECT COUNT(*) FROM fin_voucher WHERE source_type = 'PAYROLL'"
                + " AND source_ref = 'PR-2026-10'"));
        assertLedgerBalances();

        JsonNode slip = payslipOf("PR-2026-10", SALES_REP);
        assertDecimal("absence of one day = 12,000 / 21.75", "551.72", slip.get("earnings").get("absenceDeduction"));
        assertDecimal("two overtime hours at 1.5 = 12,000 / 21.75 / 8 × 1.5 × 2", "206.90", slip.get("earnings").get("overtimePay"));
        BigDecimal net = slip.get("earnings").get("gross").decimalValue()
                .subtract(slip.get("employeeSocialInsurance").decimalValue())
                .subtract(slip.get("contributions").get("housingFund").get("employee").decimalValue())
                .subtract(slip.get("tax").get("incomeTax").decimalValue());
        assertEquals(0, net.compareTo(slip.get("netPay").decimalValue()));

        // The voucher's sales line is the department's gross plus employer contributions, on 5601 and CC-SALES.
        long salesCost = count("SELECT COUNT(*) FROM fin_voucher_line l JOIN fin_voucher v ON v.id = l.voucher_id"
                + " JOIN fin_account a ON a.id = l.account_id WHERE v.source_ref = 'PR-2026-10' AND a.code = '5601'"
                + " AND l.cost_centre = 'CC-SALES' AND l.debit > 0");
        assertEquals(1, salesCost);

        // Salary data stays with HR and the employee.
        call("GET", "/api/hr/payroll/runs/PR-2026-10/payslips", "li.lei", null, 403);
        call("GET", "/api/hr/payroll/runs/PR-2026-10/payslips", "wang.fang", null, 403);
        JsonNode mine = call("GET", "/api/hr/payslips/me?period=2026-10", "li.lei", null, 200);
        assertTrue(mine.toString(), mine.toString().contains(SALES_REP) && !mine.toString().contains(MANAGER));
        Answer bankFile = get("/api/hr/payroll/runs/PR-2026-10/bank-file", as("hr.zhou"));
        assertEquals(bankFile.body(), 200, bankFile.status());
        assertTrue(bankFile.body(), bankFile.body().contains("6222020200556677889"));
        assertEquals(403, get("/api/hr/payroll/runs/PR-2026-10/bank-file", as("li.lei")).status());
    }

    private static BigDecimal annualBalance() {
        JsonNode balances = items(call("GET", "/api/hr/leave/balances/me", "li.lei", null, 200));
        return StreamSupport.stream(balances.spliterator(), false)
                .filter(b -> "ANNUAL".equals(b.get("leaveType").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no annual leave in " + balances)).get("available").decimalValue();
    }
}
