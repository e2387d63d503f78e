package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;

/**
 * One month's social insurance and housing fund of one employee: the clamped bases and each item's
 * employee and employer amounts.
 */
public record Contributions(BigDecimal siBase, BigDecimal hfBase, Share pension, Share medical, Share unemployment,
                            Share workInjury, Share maternity, Share housingFund) {

    /** What the employee and the employer pay for one item. */
    public record Share(BigDecimal employee, BigDecimal employer) {
    }

    /** Pension, medical, unemployment, work injury and maternity withheld from the employee. */
    public BigDecimal employeeSocialInsurance() {
        return pension.employee().add(medical.employee()).add(unemployment.employee()).add(workInjury.employee())
                .add(maternity.employee());
    }

    /** The same five items paid by the employer. */
    public BigDecimal employerSocialInsurance() {
        return pension.employer().add(medical.employer()).add(unemployment.employer()).add(workInjury.employer())
                .add(maternity.employer());
    }
}
