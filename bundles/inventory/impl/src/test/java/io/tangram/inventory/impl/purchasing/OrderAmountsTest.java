package io.tangram.inventory.impl.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Line and order amounts; every expectation computed by hand. */
class OrderAmountsTest {

    @Test
    void netIsQuantityTimesPriceAndTaxIsNetTimesRateEachRoundedHalfUp() {
        OrderAmounts.Line line = OrderAmounts.line(dec("3"), dec("19.99"), dec("0.13"), 2);
        assertAmount("59.97", line.net()); // 3 * 19.99 = 59.97
        assertAmount("7.80", line.tax()); // 59.97 * 0.13 = 7.7961 -> 7.80
        assertAmount("67.77", line.total());
    }

    @Test
    void aHalfCentRoundsUp() {
        OrderAmounts.Line line = OrderAmounts.line(dec("2.5"), dec("0.33"), dec("0.09"), 2);
        assertAmount("0.83", line.net()); // 2.5 * 0.33 = 0.825 -> 0.83
        assertAmount("0.07", line.tax()); // 0.83 * 0.09 = 0.0747 -> 0.07
    }

    @Test
    void fractionalQuantitiesAreRoundedOnceOnTheLine() {
        OrderAmounts.Line line = OrderAmounts.line(dec("1.3333"), dec("10.00"), dec("0.06"), 2);
        assertAmount("13.33", line.net()); // 1.3333 * 10.00 = 13.333 -> 13.33
        assertAmount("0.80", line.tax()); // 13.33 * 0.06 = 0.7998 -> 0.80
    }

    @Test
    void aZeroRateOrPriceGivesZeroTax() {
        assertAmount("0.00", OrderAmounts.line(dec("5"), dec("12.00"), dec("0"), 2).tax());
        OrderAmounts.Line free = OrderAmounts.line(dec("5"), dec("0"), dec("0.13"), 2);
        assertAmount("0.00", free.net());
        assertAmount("0.00", free.tax());
    }

    @Test
    void aCurrencyWithoutDecimalsRoundsToWholeUnits() {
        OrderAmounts.Line line = OrderAmounts.line(dec("3"), dec("333"), dec("0.10"), 0);
        assertAmount("999", line.net()); // 3 * 333
        assertAmount("100", line.tax()); // 999 * 0.10 = 99.9 -> 100
    }

    @Test
    void totalsAreTheSumsOfTheRoundedLines() {
        OrderAmounts.Totals totals = OrderAmounts.totals(List.of(
                OrderAmounts.line(dec("3"), dec("19.99"), dec("0.13"), 2), // 59.97 + 7.80
                OrderAmounts.line(dec("2.5"), dec("0.33"), dec("0.09"), 2), // 0.83 + 0.07
                OrderAmounts.line(dec("1.3333"), dec("10.00"), dec("0.06"), 2)), 2); // 13.33 + 0.80
        assertAmount("74.13", totals.net()); // 59.97 + 0.83 + 13.33
        assertAmount("8.67", totals.tax()); // 7.80 + 0.07 + 0.80
        assertAmount("82.80", totals.total()); // 74.13 + 8.67
    }

    @Test
    void noLinesAddUpToZeroAtTheCurrencyScale() {
        OrderAmounts.Totals totals = OrderAmounts.totals(List.of(), 2);
        assertAmount("0.00", totals.total());
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** Same number and same scale: "7.80" is not "7.8". */
    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }
}
