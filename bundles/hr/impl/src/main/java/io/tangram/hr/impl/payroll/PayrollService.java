package io.tangram.hr.impl.payroll;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.hr.api.payroll.PayrollTopics;
import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.attendance.AttendanceSummaries;
import io.tangram.hr.impl.attendance.MonthlyAttendance;
import io.tangram.hr.impl.attendance.WorkCalendar;
import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.module.ModuleRegistry;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Monthly payroll runs ({@code hr_payroll_run}) and their payslips ({@code hr_payslip}):
 * DRAFT → REVIEWED → APPROVED → POSTED. A run pays everyone employed on at least one day of the
 * month; a partial month pays base × workdays while employed ÷ scheduled workdays of the month.
 * Income tax is withheld cumulatively from the employee's payslips of approved or posted runs
 * earlier in the year, so the months of a year are approved in order. Posting publishes
 * {@link PayrollTopics#PAYROLL_POSTED} once, summed by department, in the same transaction.
 */
@Component(service = PayrollService.class)
public class PayrollService {
    static final String FINANCE_SENT = "SENT";
    static final String FINANCE_SKIPPED = "SKIPPED";
    private static final Text FINANCE_MISSING = Text.of("finance is not installed: the voucher will be booked when it is",
            "未安装财务模块：安装后自动记账");
    private static final String RUN = "SELECT * FROM hr_payroll_run";
    private static final String SLIP = "SELECT p.*, r.number AS run_number, r.period AS run_period, r.status AS run_status"
            + " FROM hr_payslip p JOIN hr_payroll_run r ON r.id = p.run_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final EmployeeRegister employees;
    private final AttendanceSummaries attendance;
    private final WorkCalendar calendar;
    private final PolicyService policies;
    private final SalaryStructureService structures;
    private final PayrollSettings settings;
    private final ModuleRegistry modules;
    private final Clock clock;

    /** OA's inboxes, to tell employees their payslips are ready; {@code null} while OA is not installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Notifications notifications;

    @Activate
    public PayrollService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                          @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                          @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                          @Reference EmployeeRegister employees, @Reference AttendanceSummaries attendance,
                          @Reference WorkCalendar calendar, @Reference PolicyService policies,
                          @Reference SalaryStructureService structures, @Reference PayrollSettings settings,
                          @Reference ModuleRegistry modules) {
        this(dataSource, tx, audit, events, employees, attendance, calendar, policies, structures, settings, modules,
                Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps the steps. */
    PayrollService(DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events,
                   EmployeeRegister employees, AttendanceSummaries attendance, WorkCalendar calendar,
                   PolicyService policies, SalaryStructureService structures, PayrollSettings settings,
                   ModuleRegistry modules, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.employees = employees;
        this.attendance = attendance;
        this.calendar = calendar;
        this.policies = policies;
        this.structures = structures;
        this.settings = settings;
        this.modules = modules;
        this.clock = clock;
    }

    /** The run number of a month: {@code PR-2026-11}. */
    public static String number(YearMonth period) {
        return "PR-" + period;
    }

    // ---------------------------------------------------------------- runs

    /** Creates the month's run as DRAFT with one computed payslip per employee employed in it. */
    public PayrollRun create(long companyId, String period) {
        CallContext.require(PayrollPermissions.MANAGE);
        YearMonth month = Months.required("period", period);
        return tx.required(() -> {
            if (find(companyId, number(month)).isPresent()) {
                throw new ConflictException(Text.of("The payroll of {0} exists already ({1})", "{0} 的工资表已存在（{1}）",
                        month.toString(), number(month)));
            }
            Instant now = clock.instant();
            long id;
            try {
                id = sql.insert("INSERT INTO hr_payroll_run (company_id, number, period, status, currency, headcount, gross,"
                        + " income_tax, net_pay, employer_cost, created_by, computed_at, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, 'CNY', 0, 0, 0, 0, 0, ?, ?, 0, ?, ?)", companyId, number(month),
                        month.toString(), PayrollRunStatus.DRAFT, CallContext.actorName(), now, now, now);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(Text.of("The payroll of {0} exists already ({1})", "{0} 的工资表已存在（{1}）",
                        month.toString(), number(month)));
            }
            compute(id, companyId, month);
            PayrollRun created = load(id);
            audit.record("hr", "create", "payroll-run", created.number(), JsonText.write(created));
            return created;
        });
    }

    public Page<PayrollRun> runs(long companyId, PageRequest page) {
        CallContext.require(PayrollPermissions.READ);
        long total = sql.list("SELECT COUNT(*) FROM hr_payroll_run WHERE company_id = ?", rs -> rs.getLong(1), companyId)
                .get(0);
        List<PayrollRun> items = sql.list(RUN + " WHERE company_id = ? ORDER BY period DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                PayrollService::run, companyId, page.offset(), page.limit());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public PayrollRun get(long companyId, String number) {
        CallContext.require(PayrollPermissions.READ);
        return require(companyId, number);
    }

    /** Computes a DRAFT run again from today's employees, structures, policies and attendance. */
    public PayrollRun recompute(long companyId, String number) {
        CallContext.require(PayrollPermissions.MANAGE);
        return tx.required(() -> {
            PayrollRun run = locked(companyId, number);
            expect(run, PayrollRunStatus.DRAFT, Text.of("recomputed", "重算"));
            sql.update("DELETE FROM hr_payslip WHERE run_id = ?", run.id());
            compute(run.id(), companyId, YearMonth.parse(run.period()));
            PayrollRun after = load(run.id());
            audit.record("hr", "recompute", "payroll-run", number, JsonText.write(after));
            return after;
        });
    }

    /** DRAFT → REVIEWED: the figures were checked. */
    public PayrollRun review(long companyId, String number) {
        CallContext.require(PayrollPermissions.MANAGE);
        return tx.required(() -> {
            PayrollRun run = locked(companyId, number);
            expect(run, PayrollRunStatus.DRAFT, Text.of("reviewed", "复核"));
            Instant now = clock.instant();
            sql.update("UPDATE hr_payroll_run SET status = ?, reviewed_by = ?, reviewed_at = ?, updated_at = ? WHERE id = ?",
                    PayrollRunStatus.REVIEWED, CallContext.actorName(), now, now, run.id());
            return step(run.id(), "review");
        });
    }

    /**
     * REVIEWED → APPROVED by someone other than who prepared the run; every employee needs a bank
     * account (taken from the employee record now, for the bank file).
     */
    public PayrollRun approve(long companyId, String number) {
        CallContext.require(PayrollPermissions.APPROVE);
        return tx.required(() -> {
            PayrollRun run = locked(companyId, number);
            expect(run, PayrollRunStatus.REVIEWED, Text.of("approved", "审批"));
            if (run.createdBy().equals(CallContext.actorName())) {
                throw new ConflictException(Text.of("You prepared payroll {0} yourself: another person must approve it",
                        "工资表 {0} 由您本人编制，须由他人审批", number));
            }
            List<String> missing = new ArrayList<>();
            for (Object[] slip : sql.list("SELECT id, employee_id, employee_number, employee_name FROM hr_payslip"
                    + " WHERE run_id = ? ORDER BY employee_number", rs -> new Object[] {rs.getLong(1), rs.getLong(2),
                    rs.getString(3), rs.getString(4)}, run.id())) {
                Optional<EmployeeFacts> e = employees.byId((Long) slip[1]);
                if (e.isEmpty() || blank(e.get().bankAccount())) {
                    missing.add(slip[2] + " " + slip[3]);
                } else {
                    sql.update("UPDATE hr_payslip SET bank_name = ?, bank_account = ? WHERE id = ?",
                            e.get().bankName() == null ? Sql.Null.VARCHAR : e.get().bankName(), e.get().bankAccount(),
                            slip[0]);
                }
            }
            if (!missing.isEmpty()) {
                throw new ConflictException(Text.of("Payroll {0} cannot be approved: no bank account for {1}",
                        "工资表 {0} 无法审批：以下员工没有银行账户：{1}", number, String.join(", ", missing)));
            }
            Instant now = clock.instant();
            Text notice = notifyEmployees(run);
            sql.update("UPDATE hr_payroll_run SET status = ?, approved_by = ?, approved_at = ?, notice_note = ?,"
                    + " notice_note_zh = ?, updated_at = ? WHERE id = ?", PayrollRunStatus.APPROVED,
                    CallContext.actorName(), now, notice.in(Locale.ENGLISH), notice.in(Locale.SIMPLIFIED_CHINESE), now,
                    run.id());
            return step(run.id(), "approve");
        });
    }

    /**
     * APPROVED → POSTED: publishes {@link PayrollTopics#PAYROLL_POSTED} once, and records whether
     * finance will book it now ({@code SENT}) or when installed ({@code SKIPPED}).
     */
    public PayrollRun post(long companyId, String number) {
        CallContext.require(PayrollPermissions.POST);
        return tx.required(() -> {
            PayrollRun run = locked(companyId, number);
            if (run.status() == PayrollRunStatus.POSTED) {
                throw new ConflictException(Text.of("Payroll {0} is posted already", "工资表 {0} 已过账", number));
            }
            expect(run, PayrollRunStatus.APPROVED, Text.of("posted", "过账"));
            YearMonth month = YearMonth.parse(run.period());
            List<Map<String, Object>> departments = sql.list("SELECT d.code, d.name, d.cost_centre_code, d.expense_account,"
                    + " COUNT(*) AS headcount, SUM(p.gross) AS gross, SUM(p.employee_si) AS employee_si,"
                    + " SUM(p.hf_employee) AS hf_employee, SUM(p.income_tax) AS income_tax, SUM(p.net_pay) AS net_pay,"
                    + " SUM(p.employer_si) AS employer_si, SUM(p.hf_employer) AS hf_employer"
                    + " FROM hr_payslip p JOIN hr_department d ON d.id = p.department_id WHERE p.run_id = ?"
                    + " GROUP BY d.code, d.name, d.cost_centre_code, d.expense_account ORDER BY d.code",
                    rs -> JsonText.map("department", rs.getString("code"), "departmentName", rs.getString("name"),
                            "costCentre", rs.getString("cost_centre_code"), "expenseAccount", rs.getString("expense_account"),
                            "headcount", rs.getInt("headcount"), "gross", text(rs, "gross"),
                            "employeeSocialInsurance", text(rs, "employee_si"), "employeeHousingFund", text(rs, "hf_employee"),
                            "incomeTax", text(rs, "income_tax"), "netPay", text(rs, "net_pay"),
                            "employerSocialInsurance", text(rs, "employer_si"), "employerHousingFund", text(rs, "hf_employer")),
                    run.id());
            String payload = JsonText.object("number", run.number(), "period", run.period(), "date",
                    month.atEndOfMonth().toString(), "currency", run.currency(), "departments", departments);
            boolean finance = modules.module("finance").isPresent();
            Instant now = clock.instant();
            sql.update("UPDATE hr_payroll_run SET status = ?, posted_by = ?, posted_at = ?, finance_status = ?, finance_note = ?,"
                    + " finance_note_zh = ?, updated_at = ? WHERE id = ?", PayrollRunStatus.POSTED, CallContext.actorName(),
                    now, finance ? FINANCE_SENT : FINANCE_SKIPPED, finance ? Sql.Null.VARCHAR : FINANCE_MISSING.en(),
                    finance ? Sql.Null.VARCHAR : FINANCE_MISSING.zh(), now, run.id());
            events.publish(PayrollTopics.PAYROLL_POSTED, companyId, run.number(), payload);
            return step(run.id(), "post");
        });
    }

    /** Tells each employee with a user account that the payslip is ready (no figures), through OA if installed. */
    private Text notifyEmployees(PayrollRun run) {
        Notifications inbox = notifications;
        if (inbox == null) {
            return Text.of("OA is not installed: employees were not notified; they find their payslips under /api/hr/payslips/me",
                    "未安装办公模块：未通知员工，员工可在 /api/hr/payslips/me 查看工资条");
        }
        List<String> users = sql.list("SELECT e.username FROM hr_payslip p JOIN hr_employee e ON e.id = p.employee_id"
                + " WHERE p.run_id = ? AND e.username IS NOT NULL ORDER BY p.employee_number", rs -> rs.getString(1), run.id());
        for (String user : users) {
            inbox.post(new NotificationInput(run.companyId(), user, "payroll", "Your payslip for " + run.period() + " is ready",
                    "您 " + run.period() + " 的工资条已发放", null, "/api/hr/payslips/me?period=" + run.period(),
                    run.number()));
        }
        return Text.of("{0} employees notified that their payslips are ready", "已通知 {0} 名员工查看工资条", users.size());
    }

    // ---------------------------------------------------------------- payslips

    public List<Payslip> payslips(long companyId, String number) {
        CallContext.require(PayrollPermissions.READ);
        PayrollRun run = require(companyId, number);
        return sql.list(SLIP + " WHERE p.run_id = ? ORDER BY p.employee_number", PayrollService::payslip, run.id());
    }

    /** One employee's payslip: for {@code hr.payroll.read}, or the employee once the run is approved. */
    public Payslip payslip(long companyId, String number, String employeeNumber) {
        Caller caller = CallContext.current().orElseThrow(() -> new ForbiddenException(PayrollPermissions.READ));
        if (!caller.has(PayrollPermissions.READ)) {
            Optional<EmployeeFacts> me = caller.has(SelfServicePermissions.SELF)
                    ? employees.byUsername(companyId, caller.username()) : Optional.empty();
            if (me.isEmpty() || !me.get().number().equals(employeeNumber)) {
                throw new ForbiddenException(PayrollPermissions.READ);
            }
        }
        PayrollRun run = require(companyId, number);
        Optional<Payslip> slip = sql.one(SLIP + " WHERE p.run_id = ? AND p.employee_number = ?", PayrollService::payslip,
                run.id(), employeeNumber);
        if (slip.isEmpty() || !caller.has(PayrollPermissions.READ) && !released(slip.get().runStatus())) {
            throw NotFoundException.of(Text.of("Payslip", "工资条"), number + " " + employeeNumber);
        }
        return slip.get();
    }

    /** The caller's own payslips of approved and posted runs, newest first; {@code period} narrows to one month. */
    public List<Payslip> mine(long companyId, String period) {
        CallContext.require(SelfServicePermissions.SELF);
        YearMonth month = Months.parse("period", period);
        EmployeeFacts me = employees.byUsername(companyId, CallContext.actorName())
                .orElseThrow(() -> new NotFoundException(Text.of("You have no employee record", "您没有员工档案")));
        String where = " WHERE p.employee_id = ? AND r.company_id = ? AND r.status IN ('APPROVED', 'POSTED')";
        return month == null
                ? sql.list(SLIP + where + " ORDER BY r.period DESC", PayrollService::payslip, me.id(), companyId)
                : sql.list(SLIP + where + " AND r.period = ?", PayrollService::payslip, me.id(), companyId, month.toString());
    }

    /**
     * The bank payment file of an approved or posted run (银行代发): CSV with employee number, name,
     * bank, account, amount, currency and memo; every export is audited.
     */
    public String bankFile(long companyId, String number) {
        CallContext.require(PayrollPermissions.MANAGE);
        PayrollRun run = require(companyId, number);
        if (!released(run.status())) {
            throw new ConflictException(Text.of("Payroll {0} is {1}: the bank file is available once it is approved",
                    "工资表 {0} 状态为 {1}：审批后才能导出银行代发文件", number, run.status().name()));
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("employee", "name", "bank", "account", "amount", "currency", "memo").build())) {
            for (Object[] row : sql.list("SELECT employee_number, employee_name, bank_name, bank_account, net_pay, currency"
                    + " FROM hr_payslip WHERE run_id = ? ORDER BY employee_number", rs -> new Object[] {rs.getString(1),
                    rs.getString(2), rs.getString(3), rs.getString(4), text(rs, "net_pay"), rs.getString(6)}, run.id())) {
                csv.printRecord(row[0], row[1], row[2], row[3], row[4], row[5], "Salary " + run.period() + " 工资");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the bank file of " + number, e);
        }
        tx.required(() -> {
            audit.record("hr", "export-bank-file", "payroll-run", number, JsonText.object("headcount", run.headcount(),
                    "netPay", run.netPay()));
            return null;
        });
        return out.toString();
    }

    // ---------------------------------------------------------------- computation

    private void compute(long runId, long companyId, YearMonth month) {
        List<String> open = sql.list("SELECT number FROM hr_payroll_run WHERE company_id = ? AND period >= ? AND period < ?"
                + " AND status IN ('DRAFT', 'REVIEWED') ORDER BY period", rs -> rs.getString(1), companyId,
                YearMonth.of(month.getYear(), 1).toString(), month.toString());
        if (!open.isEmpty()) {
            throw new ConflictException(Text.of("Approve {0} first: its tax counts in the cumulative withholding of {1}",
                    "请先审批 {0}：其个税计入 {1} 的累计预扣", String.join(", ", open), month.toString()));
        }
        PayrollSettings.Rules rules = settings.rules();
        IncomeTaxWithholding withholding = new IncomeTaxWithholding(rules.monthlyBasicDeduction());
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<String> problemsEn = new ArrayList<>();
        List<String> problemsZh = new ArrayList<>();
        List<Map<String, Object>> slips = new ArrayList<>();
        for (EmployeeFacts e : employees.employedBetween(companyId, first, last)) {
            Optional<SalaryStructure> structure = structures.inForce(e, month);
            BigDecimal base = structure.map(SalaryStructure::baseSalary).orElse(e.baseSalary());
            String city = structure.map(SalaryStructure::city).orElse(e.city());
            Optional<SocialInsurancePolicy> policy = policies.inForce(companyId, city, month);
            String who = e.number() + " " + e.name();
            if (base == null) {
                problemsEn.add(who + " has no base salary");
                problemsZh.add(who + " 没有基本工资");
                continue;
            }
            if (policy.isEmpty()) {
                problemsEn.add(who + " has no social insurance policy for city " + (city == null ? "(none)" : city));
                problemsZh.add(who + " 的社保城市 " + (city == null ? "（未填）" : city) + " 没有社保政策");
                continue;
            }
            if (!policy.get().currency().equals(e.currency())) {
                problemsEn.add(who + " is paid in " + e.currency() + " but the policy is in " + policy.get().currency());
                problemsZh.add(who + " 的薪资币种 " + e.currency() + " 与社保政策币种 " + policy.get().currency() + " 不一致");
                continue;
            }
            slips.add(slip(runId, companyId, month, e, structure, base.setScale(2, RoundingMode.HALF_UP), policy.get(),
                    rules, withholding));
        }
        if (!problemsEn.isEmpty()) {
            throw new ConflictException(Text.of("The payroll of {0} cannot be computed: {1}", "{0} 的工资无法计算：{2}",
                    month.toString(), String.join("; ", problemsEn), String.join("；", problemsZh)));
        }
        for (Map<String, Object> slip : slips) {
            sql.insert("INSERT INTO hr_payslip (" + String.join(", ", slip.keySet()) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(slip.size(), "?")) + ")", slip.values().toArray());
        }
        sql.update("UPDATE hr_payroll_run SET headcount = (SELECT COUNT(*) FROM hr_payslip WHERE run_id = ?),"
                + " gross = COALESCE((SELECT SUM(gross) FROM hr_payslip WHERE run_id = ?), 0),"
                + " income_tax = COALESCE((SELECT SUM(income_tax) FROM hr_payslip WHERE run_id = ?), 0),"
                + " net_pay = COALESCE((SELECT SUM(net_pay) FROM hr_payslip WHERE run_id = ?), 0),"
                + " employer_cost = COALESCE((SELECT SUM(gross + employer_si + hf_employer) FROM hr_payslip WHERE run_id = ?), 0),"
                + " computed_at = ?, updated_at = ? WHERE id = ?", runId, runId, runId, runId, runId, clock.instant(),
                clock.instant(), runId);
    }

    private Map<String, Object> slip(long runId, long companyId, YearMonth month, EmployeeFacts e,
                                     Optional<SalaryStructure> structure, BigDecimal base, SocialInsurancePolicy policy,
                                     PayrollSettings.Rules rules, IncomeTaxWithholding withholding) {
        MonthlyAttendance a = attendance.summary(e.id(), month);
        BigDecimal workdays = nz(a.workdays());
        boolean wholeMonth = !e.hireDate().isAfter(month.atDay(1))
                && (e.leaveDate() == null || !e.leaveDate().isBefore(month.atEndOfMonth()));
        BigDecimal monthWorkdays = wholeMonth ? workdays
                : BigDecimal.valueOf(calendar.workdays(e.id(), month.atDay(1), month.atEndOfMonth()).size());
        BigDecimal prorated = wholeMonth ? base : monthWorkdays.signum() == 0 ? zero()
                : base.multiply(workdays).divide(monthWorkdays, 2, RoundingMode.HALF_UP);
        List<Allowance> allowances = structure.map(SalaryStructure::allowances).orElse(List.of());
        BigDecimal allowancesTotal = allowances.stream().map(Allowance::amount).reduce(zero(), BigDecimal::add);
        BigDecimal exempt = allowances.stream().filter(x -> !x.taxable()).map(Allowance::amount).reduce(zero(), BigDecimal::add);
        BigDecimal overtimeRate = structure.map(SalaryStructure::overtimeRate).orElse(rules.overtimeRate());
        BigDecimal overtime = base.multiply(overtimeRate).multiply(nz(a.overtimeHours()))
                .divide(rules.monthlyPayDays().multiply(rules.hoursPerDay()), 2, RoundingMode.HALF_UP);
        BigDecimal absence = base.multiply(nz(a.absentDays())).divide(rules.monthlyPayDays(), 2, RoundingMode.HALF_UP);
        BigDecimal unpaid = base.multiply(nz(a.unpaidLeaveDays())).divide(rules.monthlyPayDays(), 2, RoundingMode.HALF_UP);
        BigDecimal gross = prorated.add(allowancesTotal).add(overtime).subtract(absence).subtract(unpaid);
        Contributions c = SocialInsurance.compute(policy, structure.map(SalaryStructure::siBase).orElse(base),
                structure.map(SalaryStructure::hfBase).orElse(base));
        BigDecimal special = SpecialDeductions.monthlyTotal(structures.declared(e.id()), month);
        BigDecimal other = structure.map(SalaryStructure::otherDeduction).orElse(zero());
        BigDecimal[] before = sql.list("SELECT COALESCE(SUM(p.gross), 0), COALESCE(SUM(p.tax_exempt), 0),"
                + " COALESCE(SUM(p.employee_si + p.hf_employee), 0), COALESCE(SUM(p.special_deductions), 0),"
                + " COALESCE(SUM(p.other_deductions), 0), COALESCE(SUM(p.income_tax), 0)"
                + " FROM hr_payslip p JOIN hr_payroll_run r ON r.id = p.run_id WHERE p.employee_id = ? AND r.company_id = ?"
                + " AND r.status IN ('APPROVED', 'POSTED') AND r.period >= ? AND r.period < ?",
                rs -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)}, e.id(), companyId,
                YearMonth.of(month.getYear(), 1).toString(), month.toString()).get(0);
        BigDecimal insurance = c.employeeSocialInsurance().add(c.housingFund().employee());
        IncomeTaxWithholding.Cumulative cumulative = new IncomeTaxWithholding.Cumulative(before[0].add(gross),
                before[1].add(exempt), IncomeTaxWithholding.monthsEmployed(e.hireDate(), month), before[2].add(insurance),
                before[3].add(special), before[4].add(other), before[5]);
        IncomeTaxWithholding.Result tax = withholding.withhold(cumulative);
        BigDecimal net = gross.subtract(insurance).subtract(tax.tax());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", runId);
        m.put("employee_id", e.id());
        m.put("employee_number", e.number());
        m.put("employee_name", e.name());
        m.put("department_id", e.departmentId());
        m.put("department_code", e.departmentCode());
        m.put("department_name", e.departmentName());
        m.put("cost_centre", e.costCentre() == null ? Sql.Null.VARCHAR : e.costCentre());
        m.put("city_code", policy.city());
        m.put("currency", policy.currency());
        m.put("bank_name", e.bankName() == null ? Sql.Null.VARCHAR : e.bankName());
        m.put("bank_account", e.bankAccount() == null ? Sql.Null.VARCHAR : e.bankAccount());
        m.put("month_workdays", monthWorkdays);
        m.put("workdays", workdays);
        m.put("present_days", nz(a.presentDays()));
        m.put("absent_days", nz(a.absentDays()));
        m.put("paid_leave_days", nz(a.paidLeaveDays()));
        m.put("unpaid_leave_days", nz(a.unpaidLeaveDays()));
        m.put("overtime_hours", nz(a.overtimeHours()));
        m.put("base_salary", base);
        m.put("prorated_base", prorated);
        m.put("allowances", JsonText.write(allowances));
        m.put("allowances_total", allowancesTotal);
        m.put("tax_exempt", exempt);
        m.put("overtime_rate", overtimeRate);
        m.put("overtime_pay", overtime);
        m.put("absence_deduction", absence);
        m.put("unpaid_leave_deduction", unpaid);
        m.put("gross", gross);
        m.put("si_base", c.siBase());
        m.put("hf_base", c.hfBase());
        m.put("pension_employee", c.pension().employee());
        m.put("pension_employer", c.pension().employer());
        m.put("medical_employee", c.medical().employee());
        m.put("medical_employer", c.medical().employer());
        m.put("unemployment_employee", c.unemployment().employee());
        m.put("unemployment_employer", c.unemployment().employer());
        m.put("injury_employee", c.workInjury().employee());
        m.put("injury_employer", c.workInjury().employer());
        m.put("maternity_employee", c.maternity().employee());
        m.put("maternity_employer", c.maternity().employer());
        m.put("hf_employee", c.housingFund().employee());
        m.put("hf_employer", c.housingFund().employer());
        m.put("employee_si", c.employeeSocialInsurance());
        m.put("employer_si", c.employerSocialInsurance());
        m.put("special_deductions", special);
        m.put("other_deductions", other);
        m.put("months_employed", IncomeTaxWithholding.monthsEmployed(e.hireDate(), month));
        m.put("cum_gross", cumulative.grossPay());
        m.put("cum_tax_exempt", cumulative.taxExempt());
        m.put("cum_basic_deduction", tax.basicDeduction());
        m.put("cum_insurance", cumulative.insurance());
        m.put("cum_special", cumulative.specialDeductions());
        m.put("cum_other", cumulative.otherDeductions());
        m.put("cum_taxable", tax.taxableIncome());
        m.put("tax_rate", tax.rate());
        m.put("quick_deduction", tax.quickDeduction());
        m.put("cum_tax", tax.cumulativeTax());
        m.put("tax_withheld_before", cumulative.taxWithheld());
        m.put("income_tax", tax.tax());
        m.put("net_pay", net);
        return m;
    }

    // ---------------------------------------------------------------- reading

    private Optional<PayrollRun> find(long companyId, String number) {
        return sql.one(RUN + " WHERE company_id = ? AND number = ?", PayrollService::run, companyId, number);
    }

    private PayrollRun require(long companyId, String number) {
        return find(companyId, number == null ? "" : number.strip())
                .orElseThrow(() -> NotFoundException.of(Text.of("Payroll run", "工资表"), number));
    }

    /** The run, its row locked against concurrent steps for the rest of the transaction. */
    private PayrollRun locked(long companyId, String number) {
        PayrollRun run = require(companyId, number);
        sql.update("UPDATE hr_payroll_run SET version = version + 1 WHERE id = ?", run.id());
        return load(run.id());
    }

    private PayrollRun load(long id) {
        return sql.one(RUN + " WHERE id = ?", PayrollService::run, id).orElseThrow();
    }

    private PayrollRun step(long id, String action) {
        PayrollRun after = load(id);
        audit.record("hr", action, "payroll-run", after.number(), JsonText.write(after));
        return after;
    }

    private static void expect(PayrollRun run, PayrollRunStatus status, Text action) {
        if (run.status() != status) {
            throw new ConflictException(Text.of("Payroll {0} is {1}: only a {2} run can be {3}",
                    "工资表 {0} 状态为 {1}：只有 {2} 状态的工资表可以{3}", run.number(), run.status().name(), status.name(),
                    action));
        }
    }

    private static boolean released(PayrollRunStatus status) {
        return status == PayrollRunStatus.APPROVED || status == PayrollRunStatus.POSTED;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static BigDecimal nz(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        return PolicyService.amount(rs, column);
    }

    private static BigDecimal days(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).setScale(2, RoundingMode.HALF_UP);
    }

    private static PayrollRun run(ResultSet rs) throws SQLException {
        return new PayrollRun(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"), rs.getString("period"),
                PayrollRunStatus.valueOf(rs.getString("status")), rs.getString("currency"), rs.getInt("headcount"),
                amount(rs, "gross"), amount(rs, "income_tax"), amount(rs, "net_pay"), amount(rs, "employer_cost"),
                rs.getString("finance_status"), rs.getString("finance_note"), rs.getString("finance_note_zh"),
                rs.getString("notice_note"), rs.getString("notice_note_zh"),
                rs.getString("created_by"), Sql.instant(rs, "created_at"), rs.getString("reviewed_by"),
                Sql.instant(rs, "reviewed_at"), rs.getString("approved_by"), Sql.instant(rs, "approved_at"),
                rs.getString("posted_by"), Sql.instant(rs, "posted_at"), Sql.instant(rs, "computed_at"));
    }

    private static Payslip payslip(ResultSet rs) throws SQLException {
        List<Allowance> allowances = new ArrayList<>();
        String json = rs.getString("allowances");
        if (json != null) {
            for (JsonNode n : JsonText.read(json)) {
                allowances.add(new Allowance(n.path("code").asText(), n.path("name").asText(),
                        new BigDecimal(n.path("amount").asText()).setScale(2, RoundingMode.HALF_UP),
                        n.path("taxable").asBoolean()));
            }
        }
        Contributions c = new Contributions(amount(rs, "si_base"), amount(rs, "hf_base"),
                share(rs, "pension"), share(rs, "medical"), share(rs, "unemployment"), share(rs, "injury"),
                share(rs, "maternity"), share(rs, "hf"));
        return new Payslip(rs.getLong("id"), rs.getString("run_number"), rs.getString("run_period"),
                PayrollRunStatus.valueOf(rs.getString("run_status")), rs.getString("employee_number"),
                rs.getString("employee_name"), rs.getString("department_code"), rs.getString("department_name"),
                rs.getString("cost_centre"), rs.getString("city_code"), rs.getString("currency"),
                new Payslip.AttendanceUsed(days(rs, "month_workdays"), days(rs, "workdays"), days(rs, "present_days"),
                        days(rs, "absent_days"), days(rs, "paid_leave_days"), days(rs, "unpaid_leave_days"),
                        days(rs, "overtime_hours")),
                new Payslip.Earnings(amount(rs, "base_salary"), amount(rs, "prorated_base"), allowances,
                        amount(rs, "allowances_total"), amount(rs, "tax_exempt"),
                        rs.getBigDecimal("overtime_rate").stripTrailingZeros(), amount(rs, "overtime_pay"),
                        amount(rs, "absence_deduction"), amount(rs, "unpaid_leave_deduction"), amount(rs, "gross")),
                c, amount(rs, "employee_si"), amount(rs, "employer_si"),
                new Payslip.TaxComputation(amount(rs, "special_deductions"), amount(rs, "other_deductions"),
                        rs.getInt("months_employed"), amount(rs, "cum_gross"), amount(rs, "cum_tax_exempt"),
                        amount(rs, "cum_basic_deduction"), amount(rs, "cum_insurance"), amount(rs, "cum_special"),
                        amount(rs, "cum_other"), amount(rs, "cum_taxable"),
                        rs.getBigDecimal("tax_rate").stripTrailingZeros(), amount(rs, "quick_deduction"),
                        amount(rs, "cum_tax"), amount(rs, "tax_withheld_before"), amount(rs, "income_tax")),
                amount(rs, "net_pay"));
    }

    private static Contributions.Share share(ResultSet rs, String item) throws SQLException {
        return new Contributions.Share(amount(rs, item + "_employee"), amount(rs, item + "_employer"));
    }
}
