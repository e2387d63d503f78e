package io.tangram.hr.impl.payroll.shell;

import java.io.PrintStream;
import java.math.BigDecimal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.payroll.Allowance;
import io.tangram.hr.impl.payroll.Contributions;
import io.tangram.hr.impl.payroll.PayrollService;
import io.tangram.hr.impl.payroll.Payslip;
import io.tangram.masterdata.api.CompanyService;

/** {@code hr:payslip PR-2026-11 E0001}: one payslip with every figure (工资条). */
@Service
@Command(scope = "hr", name = "payslip", description = "Show a payslip (查看工资条)")
public class PayslipCommand implements Action {

    @Argument(index = 0, name = "number", required = true, description = "Run number, e.g. PR-2026-11")
    String number;

    @Argument(index = 1, name = "employee", required = true, description = "Employee number, e.g. E0001")
    String employee;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PayrollService payroll;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Payslip p = PayrollLines.call(session, () -> payroll.payslip(company, number, employee));
        if (p == null) {
            return null;
        }
        PrintStream out = PayrollLines.out(session);
        out.printf("%s %s  %s %s  %s (%s)  %s, %s%n", p.run(), p.period(), p.employee(), p.employeeName(),
                p.department(), p.departmentName(), p.city(), p.currency());
        Payslip.AttendanceUsed a = p.attendance();
        out.printf("attendance 考勤: %s of %s workdays, present %s, absent %s, paid leave %s, unpaid leave %s, overtime %s h%n",
                a.workdays(), a.monthWorkdays(), a.presentDays(), a.absentDays(), a.paidLeaveDays(), a.unpaidLeaveDays(),
                a.overtimeHours());
        Payslip.Earnings e = p.earnings();
        line(out, "base salary 基本工资", e.baseSalary());
        line(out, "pro-rated base 折算基本工资", e.proratedBase());
        for (Allowance x : e.allowances()) {
            line(out, x.name() + (x.taxable() ? "" : " (tax-exempt 免税)"), x.amount());
        }
        line(out, "overtime pay 加班费 ×" + e.overtimeRate(), e.overtimePay());
        line(out, "absence 旷工扣款", e.absenceDeduction().negate());
        line(out, "unpaid leave 事假扣款", e.unpaidLeaveDeduction().negate());
        line(out, "gross 应发工资", e.gross());
        Contributions c = p.contributions();
        out.printf("social insurance base 社保基数 %s, housing fund base 公积金基数 %s  (employee / employer)%n",
                c.siBase(), c.hfBase());
        share(out, "pension 养老", c.pension());
        share(out, "medical 医疗", c.medical());
        share(out, "unemployment 失业", c.unemployment());
        share(out, "work injury 工伤", c.workInjury());
        share(out, "maternity 生育", c.maternity());
        share(out, "housing fund 公积金", c.housingFund());
        Payslip.TaxComputation t = p.tax();
        line(out, "special deductions 专项附加扣除", t.specialDeductions());
        line(out, "other deductions 其他扣除", t.otherDeductions());
        out.printf("cumulative 累计 (%d months): gross %s − exempt %s − basic %s − insurance %s − special %s − other %s"
                + " = taxable %s × %s − %s = %s − withheld %s%n", t.monthsEmployed(), t.cumulativeGross(),
                t.cumulativeTaxExempt(), t.cumulativeBasicDeduction(), t.cumulativeInsurance(),
                t.cumulativeSpecialDeductions(), t.cumulativeOtherDeductions(), t.cumulativeTaxableIncome(), t.rate(),
                t.quickDeduction(), t.cumulativeTax(), t.taxWithheldBefore());
        line(out, "income tax 个人所得税", t.incomeTax());
        line(out, "net pay 实发工资", p.netPay());
        return null;
    }

    private static void line(PrintStream out, String label, BigDecimal amount) {
        out.printf("  %-40s %14s%n", label, amount.toPlainString());
    }

    private static void share(PrintStream out, String label, Contributions.Share s) {
        out.printf("  %-40s %14s %14s%n", label, s.employee().toPlainString(), s.employer().toPlainString());
    }
}
