package io.tangram.finance.impl.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DepreciationScheduleTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Every month's amount from the first until fully depreciated. */
    private static List<BigDecimal> wholeLife(String cost, String residual, int life) {
        List<BigDecimal> months = new ArrayList<>();
        BigDecimal accumulated = d("0.00");
        for (int done = 0; done < life + 5; done++) {
            BigDecimal month = DepreciationSchedule.nextMonth(d(cost), d(residual), life, done, accumulated);
            if (month.signum() == 0) {
                break;
            }
            months.add(month);
            accumulated = accumulated.add(month);
        }
        return months;
    }

    @Test
    void theMonthlyAmountIsCostLessResidualOverTheLifeRoundedHalfUp() {
        assertEquals(d("791.67"), DepreciationSchedule.monthly(d("100000.00"), d("5000.00"), 120));
        assertEquals(d("333.33"), DepreciationSchedule.monthly(d("1000.00"), d("0.00"), 3));
        assertEquals(d("16.67"), DepreciationSchedule.monthly(d("100.00"), d("0.00"), 6));
    }

    @Test
    void theLastMonthTakesTheRemainderSoTheTotalIsExact() {
        List<BigDecimal> thirds = wholeLife("1000.00", "0.00", 3);
        assertEquals(List.of(d("333.33"), d("333.33"), d("333.34")), thirds);

        List<BigDecimal> roundedUp = wholeLife("100.00", "0.00", 6);
        assertEquals(6, roundedUp.size());
        assertEquals(d("16.67"), roundedUp.get(4));
        assertEquals(d("16.65"), roundedUp.get(5));

        List<BigDecimal> machine = wholeLife("100000.00", "5000.00", 120);
        assertEquals(120, machine.size());
        assertEquals(d("95000.00"), machine.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(d("791.67"), machine.get(118));
        assertEquals(d("95000.00").subtract(d("791.67").multiply(d("119"))), machine.get(119));
    }

    @Test
    void nothingIsDepreciatedOnceFullyDepreciated() {
        assertEquals(d("0.00"), DepreciationSchedule.nextMonth(d("1000.00"), d("50.00"), 12, 12, d("950.00")));
        assertTrue(DepreciationSchedule.fullyDepreciated(d("1000.00"), d("50.00"), d("950.00")));
        assertFalse(DepreciationSchedule.fullyDepreciated(d("1000.00"), d("50.00"), d("949.99")));
        assertTrue(DepreciationSchedule.fullyDepreciated(d("1000.00"), d("1000.00"), d("0.00")));
    }

    @Test
    void anOpeningBalanceThatFellBehindCatchesUpInTheLastMonth() {
        // 12 months done of a 12-month life, but only 900 of 950 accumulated: the next month takes the 50 left
        assertEquals(d("50.00"), DepreciationSchedule.nextMonth(d("1000.00"), d("50.00"), 12, 12, d("900.00")));
        // never more than what remains, even before the last month
        assertEquals(d("10.00"), DepreciationSchedule.nextMonth(d("1000.00"), d("50.00"), 12, 3, d("940.00")));
    }

    @Test
    void anAssetStartsTheMonthAfterItsAcquisition() {
        assertEquals(YearMonth.of(2026, 4), DepreciationSchedule.firstPeriod(LocalDate.of(2026, 3, 1)));
        assertEquals(YearMonth.of(2026, 4), DepreciationSchedule.firstPeriod(LocalDate.of(2026, 3, 31)));
        assertEquals(YearMonth.of(2027, 1), DepreciationSchedule.firstPeriod(LocalDate.of(2026, 12, 15)));
        assertEquals(YearMonth.of(2026, 4), DepreciationSchedule.nextDue(LocalDate.of(2026, 3, 15), null));
        assertEquals(YearMonth.of(2026, 7), DepreciationSchedule.nextDue(LocalDate.of(2026, 3, 15), YearMonth.of(2026, 6)));
    }

    @Test
    void monthsThroughCountFromTheFirstDepreciatedMonth() {
        LocalDate acquired = LocalDate.of(2024, 12, 10);
        assertEquals(12, DepreciationSchedule.monthsThrough(acquired, YearMonth.of(2025, 12)));
        assertEquals(1, DepreciationSchedule.monthsThrough(acquired, YearMonth.of(2025, 1)));
        assertEquals(0, DepreciationSchedule.monthsThrough(acquired, YearMonth.of(2024, 12)));
        assertEquals(0, DepreciationSchedule.monthsThrough(acquired, null));
    }
}
