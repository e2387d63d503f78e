package io.tangram.crm.impl.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.crm.api.pipeline.ForecastCell;
import io.tangram.crm.api.pipeline.ForecastReport;

class ForecastTest {

    private static Forecast.Open open(String owner, String close, String amount, int probability) {
        return new Forecast.Open(owner, close == null ? null : LocalDate.parse(close), new BigDecimal(amount), probability);
    }

    private static ForecastCell cell(String month, String owner, int count, String amount, String weighted) {
        return new ForecastCell(month == null ? null : YearMonth.parse(month), owner, count, new BigDecimal(amount),
                new BigDecimal(weighted));
    }

    @Test
    void weightsEachOpportunityByItsProbabilityPerMonthAndRep() {
        ForecastReport r = Forecast.compute(1, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28), "CNY", List.of(
                // 10000.00 × 50 % = 5000.00
                open("li.na", "2026-12-05", "10000.00", 50),
                // 3333.33 × 25 % = 833.3325 → 833.33
                open("li.na", "2026-12-20", "3333.33", 25),
                // 1234.56 × 75 % = 925.92
                open("zhang.wei", "2026-12-31", "1234.56", 75),
                // 8000.00 × 10 % = 800.00
                open("zhang.wei", "2027-01-10", "8000.00", 10),
                // 0.01 × 50 % = 0.005 → 0.01 half up
                open("li.na", "2027-01-15", "0.01", 50),
                // outside the period
                open("li.na", "2027-03-01", "9999.00", 90),
                open("zhang.wei", "2026-11-30", "9999.00", 90),
                // no close date: left out and counted as such
                open("li.na", null, "5000.00", 50)));

        assertEquals(List.of(
                // 10000.00 + 3333.33 = 13333.33; 5000.00 + 833.33 = 5833.33
                cell("2026-12", "li.na", 2, "13333.33", "5833.33"),
                cell("2026-12", "zhang.wei", 1, "1234.56", "925.92"),
                cell("2027-01", "li.na", 1, "0.01", "0.01"),
                cell("2027-01", "zhang.wei", 1, "8000.00", "800.00")), r.cells());
        assertEquals(List.of(
                // 13333.33 + 1234.56 = 14567.89; 5833.33 + 925.92 = 6759.25
                cell("2026-12", null, 3, "14567.89", "6759.25"),
                // 0.01 + 8000.00 = 8000.01; 0.01 + 800.00 = 800.01
                cell("2027-01", null, 2, "8000.01", "800.01")), r.months());
        assertEquals(List.of(
                // 13333.33 + 0.01 = 13333.34; 5833.33 + 0.01 = 5833.34
                cell(null, "li.na", 3, "13333.34", "5833.34"),
                // 1234.56 + 8000.00 = 9234.56; 925.92 + 800.00 = 1725.92
                cell(null, "zhang.wei", 2, "9234.56", "1725.92")), r.owners());
        // 14567.89 + 8000.01 = 22567.90; 6759.25 + 800.01 = 7559.26
        assertEquals(cell(null, null, 5, "22567.90", "7559.26"), r.total());
        assertEquals(1, r.withoutCloseDate());
    }

    @Test
    void anEmptyPeriodForecastsZero() {
        ForecastReport r = Forecast.compute(1, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), "CNY", List.of());
        assertEquals(cell(null, null, 0, "0.00", "0.00"), r.total());
        assertEquals(List.of(), r.cells());
    }
}
