package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;

/**
 * Payroll reports: a month's payroll by department (工资汇总表) and labour cost per cost centre and
 * month (人工成本). Both need {@code hr.payroll.read} and {@code hr.report.read}.
 */
@Component(service = PayrollReports.class)
public class PayrollReports {
    private static final int MAX_MONTHS = 36;

    /** One department's line of a month's payroll; {@code labourCost = gross + employer SI + employer HF}. */
    public record DepartmentLine(String department, String departmentName, String costCentre, int headcount,
                                 BigDecimal gross, BigDecimal employeeSocialInsurance, BigDecimal employeeHousingFund,
                                 BigDecimal incomeTax, BigDecimal netPay, BigDecimal employerSocialInsurance,
                                 BigDecimal employerHousingFund, BigDecimal labourCost) {
    }

    /** A month's payroll by department, with the run it comes from and the company total. */
    public record PayrollSummary(String period, String run, PayrollRunStatus status, String currency,
                                 List<DepartmentLine> departments, DepartmentLine total) {
    }

    /** Labour cost of one cost centre in one month, from approved and posted runs. */
    public record LabourCostLine(String costCentre, String period, int headcount, BigDecimal gross,
                                 BigDecimal employerSocialInsurance, BigDecimal employerHousingFund,
                                 BigDecimal labourCost) {
    }

    private final Sql sql;

    @Activate
    public PayrollReports(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                          @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource) {
        this(dataSource);
    }

    /** For tests. */
    PayrollReports(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** The run of {@code period} (whatever its status, which the answer shows) summed by department. */
    public PayrollSummary payroll(long companyId, String period) {
        require();
        YearMonth month = Months.required("period", period);
        List<Object[]> run = sql.list("SELECT id, number, status, currency FROM hr_payroll_run WHERE company_id = ? AND period = ?",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)}, companyId,
                month.toString());
        if (run.isEmpty()) {
            throw new NotFoundException(Text.of("There is no payroll for {0}", "{0} 没有工资表", month.toString()));
        }
        String sums = " COUNT(*) AS headcount, SUM(p.gross) AS gross, SUM(p.employee_si) AS employee_si,"
                + " SUM(p.hf_employee) AS hf_employee, SUM(p.income_tax) AS income_tax, SUM(p.net_pay) AS net_pay,"
                + " SUM(p.employer_si) AS employer_si, SUM(p.hf_employer) AS hf_employer FROM hr_payslip p";
        List<DepartmentLine> lines = sql.list("SELECT d.code, d.name, d.cost_centre_code," + sums
                + " JOIN hr_department d ON d.id = p.department_id WHERE p.run_id = ?"
                + " GROUP BY d.code, d.name, d.cost_centre_code ORDER BY d.code",
                rs -> line(rs, rs.getString("code"), rs.getString("name"), rs.getString("cost_centre_code")), run.get(0)[0]);
        DepartmentLine total = sql.list("SELECT" + sums + " WHERE p.run_id = ? HAVING COUNT(*) > 0",
                rs -> line(rs, null, null, null), run.get(0)[0]).stream().findFirst()
                .orElse(new DepartmentLine(null, null, null, 0, zero(), zero(), zero(), zero(), zero(), zero(), zero(), zero()));
        return new PayrollSummary(month.toString(), (String) run.get(0)[1], PayrollRunStatus.valueOf((String) run.get(0)[2]),
                (String) run.get(0)[3], lines, total);
    }

    /** Gross + employer social insurance + employer housing fund per cost centre and month, in [from, to]. */
    public List<LabourCostLine> labourCost(long companyId, String from, String to) {
        require();
        YearMonth first = Months.required("from", from);
        YearMonth last = Months.required("to", to);
        new Validation().check(!last.isBefore(first), "to", Text.of("must not be before from", "不能早于起始月份"))
                .check(first.plusMonths(MAX_MONTHS - 1).compareTo(last) >= 0, "to",
                        Text.of("at most {0} months", "最多 {0} 个月", MAX_MONTHS))
                .throwIfInvalid();
        return sql.list("SELECT COALESCE(p.cost_centre, '-') AS cost_centre, r.period, COUNT(*) AS headcount,"
                + " SUM(p.gross) AS gross, SUM(p.employer_si) AS employer_si, SUM(p.hf_employer) AS hf_employer"
                + " FROM hr_payslip p JOIN hr_payroll_run r ON r.id = p.run_id WHERE r.company_id = ?"
                + " AND r.status IN ('APPROVED', 'POSTED') AND r.period >= ? AND r.period <= ?"
                + " GROUP BY COALESCE(p.cost_centre, '-'), r.period ORDER BY 1, 2",
                rs -> {
                    BigDecimal gross = amount(rs, "gross");
                    BigDecimal si = amount(rs, "employer_si");
                    BigDecimal hf = amount(rs, "hf_employer");
                    return new LabourCostLine(rs.getString("cost_centre"), rs.getString("period"), rs.getInt("headcount"),
                            gross, si, hf, gross.add(si).add(hf));
                }, companyId, first.toString(), last.toString());
    }

    private static void require() {
        CallContext.require(PayrollPermissions.READ);
        CallContext.require(PayrollPermissions.REPORT_READ);
    }

    private static DepartmentLine line(ResultSet rs, String code, String name, String costCentre) throws SQLException {
        BigDecimal gross = amount(rs, "gross");
        BigDecimal si = amount(rs, "employer_si");
        BigDecimal hf = amount(rs, "hf_employer");
        return new DepartmentLine(code, name, costCentre, rs.getInt("headcount"), gross, amount(rs, "employee_si"),
                amount(rs, "hf_employee"), amount(rs, "income_tax"), amount(rs, "net_pay"), si, hf, gross.add(si).add(hf));
    }

    private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
