package io.tangram.hr.api.payroll;

/** Durable events of HR payroll, published to the platform outbox. */
public final class PayrollTopics {

    /**
     * A payroll run was posted: finance books one voucher for it, once. Source ref: the run number
     * ({@code PR-2026-11}). Payload: {@code number, period} ({@code 2026-11}){@code , date} (the
     * voucher date, last day of the period){@code , currency, departments:[{department,
     * departmentName, costCentre, expenseAccount} (account code or {@code null} for finance's
     * default){@code , headcount, gross, employeeSocialInsurance, employeeHousingFund, incomeTax,
     * netPay, employerSocialInsurance, employerHousingFund}]}; amounts are decimal strings, and
     * {@code netPay = gross - employeeSocialInsurance - employeeHousingFund - incomeTax} per line.
     */
    public static final String PAYROLL_POSTED = "tangram/hr/PayrollPosted";

    private PayrollTopics() {
    }
}
