package io.tangram.hr.impl.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A year of cumulative withholding (累计预扣法) for four employees, each month's tax hand-computed.
 * Annual table: ≤36,000 3 %/0; ≤144,000 10 %/2,520; ≤300,000 20 %/16,920; basic deduction 5,000 a month.
 */
class IncomeTaxWithholdingTest {
    private final IncomeTaxWithholding iit = new IncomeTaxWithholding(new BigDecimal("5000"));

    /**
     * Feeds the calculator month by month as payroll does: cumulative sums of the year so far, the
     * tax withheld by earlier months; answers each month's tax from {@code firstMonth} on.
     */
    private List<String> year(int firstMonth, String gross, String insurance, List<SpecialDeduction> special,
                              LocalDate hired) {
        List<String> taxes = new ArrayList<>();
        BigDecimal cumGross = BigDecimal.ZERO;
        BigDecimal cumInsurance = BigDecimal.ZERO;
        BigDecimal cumSpecial = BigDecimal.ZERO;
        BigDecimal withheld = BigDecimal.ZERO;
        for (int m = firstMonth; m <= 12; m++) {
            YearMonth month = YearMonth.of(2026, m);
            cumGross = cumGross.add(new BigDecimal(gross));
            cumInsurance = cumInsurance.add(new BigDecimal(insurance));
            cumSpecial = cumSpecial.add(SpecialDeductions.monthlyTotal(special, month));
            IncomeTaxWithholding.Result r = iit.withhold(new IncomeTaxWithholding.Cumulative(cumGross, BigDecimal.ZERO,
                    IncomeTaxWithholding.monthsEmployed(hired, month), cumInsurance, cumSpecial, BigDecimal.ZERO,
                    withheld));
            withheld = withheld.add(r.tax());
            taxes.add(r.tax().toPlainString());
        }
        return taxes;
    }

    /**
     * A: 10,000 a month, employee insurance 1,750; monthly taxable 10,000 − 5,000 − 1,750 = 3,250.
     * <pre>
     * month cum.taxable  rate  cum.tax    withheld before  tax
     *  1     3,250       3 %     97.50        0.00        97.50
     *  2     6,500       3 %    195.00       97.50        97.50
     *  …  (k × 3,250, 3 %, 97.50 each month)
     * 11    35,750       3 %  1,072.50      975.00        97.50
     * 12    39,000      10 %  3,900 − 2,520 = 1,380.00   1,072.50   307.50
     * </pre>
     */
    @Test
    void flatSalaryCrossesIntoTenPercentInDecember() {
        assertEquals(List.of("97.50", "97.50", "97.50", "97.50", "97.50", "97.50", "97.50", "97.50", "97.50", "97.50",
                "97.50", "307.50"), year(1, "10000", "1750", List.of(), LocalDate.of(2020, 3, 1)));
    }

    /**
     * B: 30,000 a month, employee insurance 4,500 (capped base); monthly taxable 20,500.
     * <pre>
     * month cum.taxable  rate  quick    cum.tax     tax
     *  1    20,500       3 %       0     615.00     615.00
     *  2    41,000      10 %   2,520   1,580.00     965.00
     *  3    61,500      10 %   2,520   3,630.00   2,050.00
     *  4    82,000      10 %   2,520   5,680.00   2,050.00
     *  5   102,500      10 %   2,520   7,730.00   2,050.00
     *  6   123,000      10 %   2,520   9,780.00   2,050.00
     *  7   143,500      10 %   2,520  11,830.00   2,050.00
     *  8   164,000      20 %  16,920  15,880.00   4,050.00   (10 % → 20 % mid-year)
     *  9   184,500      20 %  16,920  19,980.00   4,100.00
     * 10   205,000      20 %  16,920  24,080.00   4,100.00
     * 11   225,500      20 %  16,920  28,180.00   4,100.00
     * 12   246,000      20 %  16,920  32,280.00   4,100.00   (sum 32,280.00)
     * </pre>
     */
    @Test
    void highSalaryCrossesTwoBracketsMidYear() {
        assertEquals(List.of("615.00", "965.00", "2050.00", "2050.00", "2050.00", "2050.00", "2050.00", "4050.00",
                "4100.00", "4100.00", "4100.00", "4100.00"), year(1, "30000", "4500", List.of(), LocalDate.of(2019, 7, 1)));
    }

    /**
     * C: 20,000 a month, insurance 3,500, children's education 2,000 (one child) + housing rent 1,500;
     * monthly taxable 20,000 − 5,000 − 3,500 − 3,500 = 8,000.
     * <pre>
     * month cum.taxable  rate  cum.tax           tax
     *  1     8,000       3 %     240.00         240.00
     *  2    16,000       3 %     480.00         240.00
     *  3    24,000       3 %     720.00         240.00
     *  4    32,000       3 %     960.00         240.00
     *  5    40,000      10 %   4,000 − 2,520 = 1,480.00   520.00
     *  6    48,000      10 %   2,280.00         800.00
     *  7    56,000      10 %   3,080.00         800.00
     *  8    64,000      10 %   3,880.00         800.00
     *  9    72,000      10 %   4,680.00         800.00
     * 10    80,000      10 %   5,480.00         800.00
     * 11    88,000      10 %   6,280.00         800.00
     * 12    96,000      10 %   7,080.00         800.00
     * </pre>
     */
    @Test
    void specialDeductionsLowerTheTaxableIncome() {
        List<SpecialDeduction> special = List.of(
                deduction(SpecialDeductionKind.CHILD_EDUCATION, "2000", 1, YearMonth.of(2026, 1), null),
                deduction(SpecialDeductionKind.HOUSING_RENT, "1500", null, YearMonth.of(2025, 9), YearMonth.of(2027, 8)),
                deduction(SpecialDeductionKind.SERIOUS_ILLNESS, "30000", null, YearMonth.of(2026, 1), null));
        assertEquals(List.of("240.00", "240.00", "240.00", "240.00", "520.00", "800.00", "800.00", "800.00", "800.00",
                "800.00", "800.00", "800.00"), year(1, "20000", "3500", special, LocalDate.of(2022, 1, 10)));
    }

    /**
     * D: hired 2026-04-13, 15,000 a month from April, insurance 2,625; months employed count from
     * April (April = 1), so monthly taxable 15,000 − 5,000 − 2,625 = 7,375.
     * <pre>
     * month months cum.taxable  rate  cum.tax     tax
     *  4     1       7,375      3 %    221.25    221.25
     *  5     2      14,750      3 %    442.50    221.25
     *  6     3      22,125      3 %    663.75    221.25
     *  7     4      29,500      3 %    885.00    221.25
     *  8     5      36,875     10 %  3,687.50 − 2,520 = 1,167.50   282.50
     *  9     6      44,250     10 %  1,905.00    737.50
     * 10     7      51,625     10 %  2,642.50    737.50
     * 11     8      59,000     10 %  3,380.00    737.50
     * 12     9      66,375     10 %  4,117.50    737.50
     * </pre>
     */
    @Test
    void monthsEmployedStartInTheMonthOfHire() {
        LocalDate hired = LocalDate.of(2026, 4, 13);
        assertEquals(0, IncomeTaxWithholding.monthsEmployed(hired, YearMonth.of(2026, 3)));
        assertEquals(1, IncomeTaxWithholding.monthsEmployed(hired, YearMonth.of(2026, 4)));
        assertEquals(9, IncomeTaxWithholding.monthsEmployed(hired, YearMonth.of(2026, 12)));
        assertEquals(2, IncomeTaxWithholding.monthsEmployed(hired, YearMonth.of(2027, 2)));
        assertEquals(List.of("221.25", "221.25", "221.25", "221.25", "282.50", "737.50", "737.50", "737.50", "737.50"),
                year(4, "15000", "2625", List.of(), hired));
    }

    @Test
    void noTaxBelowTheBasicDeductionAndNoRefundWhenIncomeFalls() {
        IncomeTaxWithholding.Result low = iit.withhold(new IncomeTaxWithholding.Cumulative(new BigDecimal("4800"),
                BigDecimal.ZERO, 1, new BigDecimal("500"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals("0.00", low.taxableIncome().toPlainString());
        assertEquals("0.00", low.tax().toPlainString());
        // cumulative 2 months: 16,000 − 2,000 exempt − 10,000 − 1,000 − 0 − 200 other = 2,800 → 84.00; 100 withheld
        IncomeTaxWithholding.Result fallen = iit.withhold(new IncomeTaxWithholding.Cumulative(new BigDecimal("16000"),
                new BigDecimal("2000"), 2, new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("200"),
                new BigDecimal("100")));
        assertEquals("2800.00", fallen.taxableIncome().toPlainString());
        assertEquals("84.00", fallen.cumulativeTax().toPlainString());
        assertEquals("0.00", fallen.tax().toPlainString());
    }

    @Test
    void topBracketsOfTheAnnualTable() {
        IncomeTaxWithholding.Result r = iit.withhold(new IncomeTaxWithholding.Cumulative(new BigDecimal("1060000"),
                BigDecimal.ZERO, 12, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        // 1,060,000 − 60,000 = 1,000,000 × 45 % − 181,920 = 268,080.00
        assertEquals("1000000.00", r.taxableIncome().toPlainString());
        assertEquals("0.45", r.rate().toPlainString());
        assertEquals("268080.00", r.tax().toPlainString());
    }

    static SpecialDeduction deduction(SpecialDeductionKind kind, String amount, Integer children, YearMonth from,
                                      YearMonth to) {
        return new SpecialDeduction(null, 1L, kind, new BigDecimal(amount), children, from, to, null, null, null);
    }
}
