package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.util.List;

/**
 * One employee's pay of one run with every figure that made it (工资条): the attendance used, the
 * earnings, social insurance and housing fund item by item, the cumulative income tax computation
 * and the net pay ({@code gross − employee social insurance − employee housing fund − tax}).
 */
public record Payslip(long id, String run, String period, PayrollRunStatus runStatus, String employee,
                      String employeeName, String department, String departmentName, String costCentre, String city,
                      String currency, AttendanceUsed attendance, Earnings earnings, Contributions contributions,
                      BigDecimal employeeSocialInsurance, BigDecimal employerSocialInsurance, TaxComputation tax,
                      BigDecimal netPay) {

    /**
     * The month's attendance as payroll used it.
     *
     * @param monthWorkdays scheduled workdays of the whole month (the pro-rata denominator)
     * @param workdays      scheduled workdays while employed
     */
    public record AttendanceUsed(BigDecimal monthWorkdays, BigDecimal workdays, BigDecimal presentDays,
                                 BigDecimal absentDays, BigDecimal paidLeaveDays, BigDecimal unpaidLeaveDays,
                                 BigDecimal overtimeHours) {
    }

    /** Pay before deductions: {@code gross = proratedBase + allowances + overtimePay − absence − unpaid leave}. */
    public record Earnings(BigDecimal baseSalary, BigDecimal proratedBase, List<Allowance> allowances,
                           BigDecimal allowancesTotal, BigDecimal taxExempt, BigDecimal overtimeRate,
                           BigDecimal overtimePay, BigDecimal absenceDeduction, BigDecimal unpaidLeaveDeduction,
                           BigDecimal gross) {
    }

    /** This month's deductions before tax and the year's cumulative withholding (累计预扣法). */
    public record TaxComputation(BigDecimal specialDeductions, BigDecimal otherDeductions, int monthsEmployed,
                                 BigDecimal cumulativeGross, BigDecimal cumulativeTaxExempt,
                                 BigDecimal cumulativeBasicDeduction, BigDecimal cumulativeInsurance,
                                 BigDecimal cumulativeSpecialDeductions, BigDecimal cumulativeOtherDeductions,
                                 BigDecimal cumulativeTaxableIncome, BigDecimal rate, BigDecimal quickDeduction,
                                 BigDecimal cumulativeTax, BigDecimal taxWithheldBefore, BigDecimal incomeTax) {
    }
}
