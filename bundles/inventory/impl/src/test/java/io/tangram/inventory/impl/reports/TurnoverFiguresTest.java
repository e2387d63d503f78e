package io.tangram.inventory.impl.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Turnover arithmetic in CNY (scale 2); expectations computed by hand in the comments. */
class TurnoverFiguresTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void turnoverIsCostOfGoodsIssuedOverAverageStockValue() {
        TurnoverFigures f = new TurnoverFigures(dec("1200.00"), dec("500.00"), dec("300.00"), 30, 2);
        assertEquals(dec("400.00"), f.averageValue()); // (500 + 300) / 2
        assertEquals(dec("3.00"), f.turnover()); // 1200 / 400
        assertEquals(dec("10.0"), f.daysOfInventory()); // 30 / 3
    }

    @Test
    void roundsOnlyTheResults() {
        TurnoverFigures f = new TurnoverFigures(dec("100.00"), dec("100.01"), dec("200.00"), 31, 2);
        assertEquals(dec("150.01"), f.averageValue()); // 300.01 / 2 = 150.005 -> 150.01 half up
        assertEquals(dec("0.67"), f.turnover()); // 100 / 150.005 = 0.66664... -> 0.67
        assertEquals(dec("46.5"), f.daysOfInventory()); // 31 * 150.005 / 100 = 46.50155 -> 46.5
    }

    @Test
    void noAverageStockMeansNoTurnover() {
        TurnoverFigures f = new TurnoverFigures(dec("80.00"), dec("0.00"), dec("0.00"), 10, 2);
        assertEquals(dec("0.00"), f.averageValue());
        assertNull(f.turnover());
        assertNull(f.daysOfInventory());
        assertNull(new TurnoverFigures(dec("80.00"), dec("-50.00"), dec("10.00"), 10, 2).turnover()); // average -20
    }

    @Test
    void nothingIssuedIsZeroTurnoverAndNoDays() {
        TurnoverFigures f = new TurnoverFigures(dec("0.00"), dec("250.00"), dec("250.00"), 90, 2);
        assertEquals(dec("0.00"), f.turnover());
        assertNull(f.daysOfInventory());
    }

    @Test
    void reversalsBeyondIssuesGiveNegativeTurnoverAndNoDays() {
        TurnoverFigures f = new TurnoverFigures(dec("-20.00"), dec("100.00"), dec("120.00"), 30, 2);
        assertEquals(dec("-0.18"), f.turnover()); // -20 / 110 = -0.1818 -> -0.18
        assertNull(f.daysOfInventory());
    }
}
