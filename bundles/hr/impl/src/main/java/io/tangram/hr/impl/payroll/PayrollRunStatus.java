package io.tangram.hr.impl.payroll;

/** Where a payroll run stands: computed, checked by a second person, approved for payment, booked. */
public enum PayrollRunStatus {
    DRAFT, REVIEWED, APPROVED, POSTED
}
