package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Individual income tax on wages by the cumulative withholding method (累计预扣法): the year's
 * cumulative taxable income is taxed on the annual table, and this month withholds what that tax
 * exceeds the tax already withheld this year (never a refund).
 */
public final class IncomeTaxWithholding {

    /** One row of the annual table (综合所得税率表): income up to {@code upTo} ({@code null}: above). */
    public record Bracket(BigDecimal upTo, BigDecimal rate, BigDecimal quickDeduction) {
    }

    /** The annual table of comprehensive income (individual income tax law, 2019). */
    public static final List<Bracket> ANNUAL_TABLE = List.of(
            bracket("36000", "0.03", "0"), bracket("144000", "0.10", "2520"), bracket("300000", "0.20", "16920"),
            bracket("420000", "0.25", "31920"), bracket("660000", "0.30", "52920"),
            bracket("960000", "0.35", "85920"), bracket(null, "0.45", "181920"));

    /**
     * The year's figures up to and including this month.
     *
     * @param grossPay          cumulative gross pay
     * @param taxExempt         cumulative tax-exempt income within it (e.g. exempt allowances)
     * @param monthsEmployed    months employed at this company this year, this one included
     * @param insurance         cumulative employee social insurance and housing fund
     * @param specialDeductions cumulative special additional deductions (专项附加扣除)
     * @param otherDeductions   cumulative other deductions allowed by law (e.g. enterprise annuity)
     * @param taxWithheld       tax already withheld this year before this month
     */
    public record Cumulative(BigDecimal grossPay, BigDecimal taxExempt, int monthsEmployed, BigDecimal insurance,
                             BigDecimal specialDeductions, BigDecimal otherDeductions, BigDecimal taxWithheld) {
    }

    /** The computation, every step kept for the payslip. */
    public record Result(BigDecimal basicDeduction, BigDecimal taxableIncome, BigDecimal rate, BigDecimal quickDeduction,
                         BigDecimal cumulativeTax, BigDecimal tax) {
    }

    private final BigDecimal monthlyBasicDeduction;

    /** @param monthlyBasicDeduction the basic deduction per month employed (基本减除费用, 5,000) */
    public IncomeTaxWithholding(BigDecimal monthlyBasicDeduction) {
        this.monthlyBasicDeduction = monthlyBasicDeduction;
    }

    public Result withhold(Cumulative c) {
        BigDecimal basic = monthlyBasicDeduction.multiply(BigDecimal.valueOf(c.monthsEmployed()));
        BigDecimal taxable = c.grossPay().subtract(c.taxExempt()).subtract(basic).subtract(c.insurance())
                .subtract(c.specialDeductions()).subtract(c.otherDeductions()).max(BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_UP);
        Bracket bracket = ANNUAL_TABLE.stream().filter(b -> b.upTo() == null || taxable.compareTo(b.upTo()) <= 0)
                .findFirst().orElseThrow();
        BigDecimal cumulativeTax = taxable.multiply(bracket.rate()).subtract(bracket.quickDeduction())
                .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = cumulativeTax.subtract(c.taxWithheld()).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        return new Result(basic.setScale(2, RoundingMode.UNNECESSARY), taxable, bracket.rate(), bracket.quickDeduction(),
                cumulativeTax, tax);
    }

    /**
     * Months employed at this company in {@code period}'s year up to {@code period}: from January,
     * or from the month of hire when hired this year.
     */
    public static int monthsEmployed(LocalDate hireDate, YearMonth period) {
        YearMonth start = YearMonth.of(period.getYear(), 1);
        YearMonth hired = YearMonth.from(hireDate);
        if (hired.isAfter(start)) {
            start = hired;
        }
        return start.isAfter(period) ? 0 : (int) (period.getMonthValue() - start.getMonthValue() + 1);
    }

    private static Bracket bracket(String upTo, String rate, String quick) {
        return new Bracket(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(rate), new BigDecimal(quick));
    }
}
