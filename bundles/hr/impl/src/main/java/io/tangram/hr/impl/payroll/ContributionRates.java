package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;

/** The employee's and the employer's rate of one insurance item, as decimals ({@code 0.08} is 8 %). */
public record ContributionRates(BigDecimal employee, BigDecimal employer) {
}
