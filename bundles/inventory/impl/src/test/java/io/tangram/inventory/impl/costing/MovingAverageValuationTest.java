package io.tangram.inventory.impl.costing;

import static io.tangram.inventory.impl.costing.ValuationAssertions.assertAmount;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertMove;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertState;
import static io.tangram.inventory.impl.costing.ValuationAssertions.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.inventory.api.CostingMethod;
import org.junit.jupiter.api.Test;

/** Moving average valuation in CNY (value scale 2) unless stated otherwise; every expectation computed by hand. */
class MovingAverageValuationTest {

    private final StockValuation stock = StockValuation.empty(CostingMethod.MOVING_AVERAGE, 2);

    @Test
    void receiptsAtDifferentPricesAreAveragedAndIssuesLeaveAtTheAverage() {
        CostedMove first = stock.receive(dec("10"), dec("5.00"), 1);
        assertMove(first, "10", "50.00", "5.000000", "0.00"); // 10 * 5.00 = 50.00
        stock.receive(dec("30"), dec("6.00"), 2);
        assertState(stock, "40", "230.00"); // 50.00 + 30 * 6.00 = 50.00 + 180.00
        assertAmount("5.750000", stock.averageUnitCost()); // 230.00 / 40 = 5.75

        CostedMove issue = stock.issue(dec("8"), false);
        assertMove(issue, "8", "46.00", "5.750000", "0.00"); // 8 * 230.00 / 40 = 46.00
        assertState(stock, "32", "184.00"); // 230.00 - 46.00

        stock.receive(dec("8"), dec("7.25"), 3);
        assertState(stock, "40", "242.00"); // 184.00 + 8 * 7.25 = 184.00 + 58.00
        assertAmount("6.050000", stock.averageUnitCost()); // 242.00 / 40 = 6.05
        assertAmount("7.250000", stock.lastUnitCost()); // last receipt

        CostedMove second = stock.issue(dec("15"), false);
        assertMove(second, "15", "90.75", "6.050000", "0.00"); // 15 * 242.00 / 40 = 3630 / 40 = 90.75
        assertState(stock, "25", "151.25"); // 242.00 - 90.75
        assertTrue(stock.layers().isEmpty());
    }

    @Test
    void issuingEverythingLeavesExactlyZeroDespiteARepeatingAverage() {
        stock.receive(dec("1"), dec("1.00"), 1);
        stock.receive(dec("2"), dec("2.00"), 2);
        assertState(stock, "3", "5.00"); // 1.00 + 2 * 2.00
        assertAmount("1.666667", stock.averageUnitCost()); // 5.00 / 3 = 1.6666.. -> 1.666667

        assertAmount("1.67", stock.issue(dec("1"), false).value()); // 1 * 5.00 / 3 = 1.666.. -> 1.67
        assertState(stock, "2", "3.33"); // 5.00 - 1.67
        assertAmount("1.67", stock.issue(dec("1"), false).value()); // 1 * 3.33 / 2 = 1.665 -> 1.67 (HALF_UP)
        assertState(stock, "1", "1.66"); // 3.33 - 1.67
        assertAmount("1.66", stock.issue(dec("1"), false).value()); // last unit takes all that is left: 1.66
        assertState(stock, "0", "0.00"); // 1.67 + 1.67 + 1.66 = 5.00 issued, nothing left behind
        assertAmount("2.000000", stock.averageUnitCost()); // quantity 0 -> last unit cost
    }

    @Test
    void issueValueUsesTheFullRatioNotThePreRoundedAverage() {
        stock.receive(dec("10000"), dec("0.00"), 1);
        stock.receive(dec("20000"), dec("0.50"), 2);
        assertState(stock, "30000", "10000.00"); // 0.00 + 20000 * 0.50
        assertAmount("0.333333", stock.averageUnitCost()); // 10000 / 30000 = 0.3333..

        CostedMove issue = stock.issue(dec("14000"), false);
        // 14000 * 10000.00 / 30000 = 4666.666.. -> 4666.67 (the rounded average would give 14000 * 0.333333 = 4666.662 -> 4666.66)
        assertAmount("4666.67", issue.value());
        assertState(stock, "16000", "5333.33"); // 10000.00 - 4666.67
    }

    @Test
    void fractionalQuantitiesAreValuedExactly() {
        stock.receive(dec("2.5"), dec("3.20"), 1); // 2.5 * 3.20 = 8.00
        stock.receive(dec("1.25"), dec("4.00"), 2); // 1.25 * 4.00 = 5.00
        assertState(stock, "3.75", "13.00");
        assertAmount("3.466667", stock.averageUnitCost()); // 13.00 / 3.75 = 3.4666.. -> 3.466667

        CostedMove issue = stock.issue(dec("1.5"), false);
        assertMove(issue, "1.5", "5.20", "3.466667", "0.00"); // 1.5 * 13.00 / 3.75 = 19.5 / 3.75 = 5.20; 5.20 / 1.5 = 3.4666..
        assertState(stock, "2.25", "7.80"); // 13.00 - 5.20
    }

    @Test
    void valuesFollowTheCallersValueScale() {
        StockValuation yen = StockValuation.empty(CostingMethod.MOVING_AVERAGE, 0);
        assertAmount("101", yen.receive(dec("3"), dec("33.5"), 1).value()); // 3 * 33.5 = 100.5 -> 101 (HALF_UP)
        assertAmount("34", yen.issue(dec("1"), false).value()); // 1 * 101 / 3 = 33.67 -> 34
        assertAmount("67", yen.issue(dec("2"), false).value()); // everything left: 101 - 34 = 67
        assertState(yen, "0", "0");
    }

    @Test
    void returnToSupplierLeavesAtTheOriginalReceiptCost() {
        stock.receive(dec("10"), dec("5.00"), 1); // 50.00
        stock.receive(dec("10"), dec("8.00"), 2); // 80.00 -> 130.00, average 6.50

        CostedMove returned = stock.reverseReceipt(2, dec("4"), dec("8.00"));
        assertMove(returned, "4", "32.00", "8.000000", "0.00"); // 4 * 8.00, not 4 * 6.50 = 26.00
        assertState(stock, "16", "98.00"); // 130.00 - 32.00
        assertAmount("6.125000", stock.averageUnitCost()); // 98.00 / 16 = 6.125
        assertAmount("8.000000", stock.lastUnitCost()); // a return does not change the last receipt cost
    }

    @Test
    void returnToSupplierThatEmptiesStockBooksTheDifferenceAsVariance() {
        stock.receive(dec("1"), dec("1.00"), 1);
        stock.receive(dec("2"), dec("2.00"), 2); // 5.00 for 3
        stock.issue(dec("1"), false); // 1 * 5.00 / 3 = 1.67 -> 3.33 left for 2

        CostedMove returned = stock.reverseReceipt(2, dec("2"), dec("2.00"));
        // valued at 2 * 2.00 = 4.00 but the stock holds only 3.33: variance = 3.33 - 4.00 = -0.67 (a gain)
        assertMove(returned, "2", "4.00", "2.000000", "-0.67");
        assertState(stock, "0", "0.00");
    }

    @Test
    void returnToSupplierNeverDrivesTheValueBelowZero() {
        stock.receive(dec("5"), dec("0.00"), 1);
        stock.receive(dec("5"), dec("20.00"), 2); // 0.00 + 100.00 = 100.00 for 10
        stock.issue(dec("7"), false); // 7 * 100.00 / 10 = 70.00 -> 30.00 left for 3

        CostedMove returned = stock.reverseReceipt(2, dec("2"), dec("20.00"));
        // valued at 2 * 20.00 = 40.00, but only 30.00 can leave stock: variance = 30.00 - 40.00 = -10.00
        assertMove(returned, "2", "40.00", "20.000000", "-10.00");
        assertState(stock, "1", "0.00"); // 30.00 - 30.00
    }

    @Test
    void reversingAnIssueAddsBackExactlyItsOriginalValue() {
        stock.receive(dec("10"), dec("5.00"), 1);
        stock.receive(dec("10"), dec("7.00"), 2); // 50.00 + 70.00 = 120.00 for 20, average 6.00
        CostedMove issue = stock.issue(dec("5"), false); // 5 * 120.00 / 20 = 30.00 -> 90.00 for 15
        stock.receive(dec("5"), dec("10.00"), 3); // 90.00 + 50.00 = 140.00 for 20, average 7.00

        CostedMove reversal = stock.reverseIssue(issue);
        assertMove(reversal, "5", "30.00", "6.000000", "0.00"); // back at 30.00, not at today's 5 * 7.00 = 35.00
        assertState(stock, "25", "170.00"); // 140.00 + 30.00
        assertAmount("6.800000", stock.averageUnitCost()); // 170.00 / 25 = 6.80
        assertAmount("10.000000", stock.lastUnitCost()); // unchanged by the reversal
    }

    @Test
    void transferInKeepsTheCostTheGoodsLeftTheSourceWith() {
        StockValuation source = StockValuation.empty(CostingMethod.MOVING_AVERAGE, 2);
        source.receive(dec("10"), dec("4.00"), 1);
        source.receive(dec("5"), dec("5.00"), 2); // 40.00 + 25.00 = 65.00 for 15
        CostedMove out = source.issue(dec("6"), false); // 6 * 65.00 / 15 = 26.00
        assertAmount("26.00", out.value());
        assertState(source, "9", "39.00"); // 65.00 - 26.00

        stock.receive(dec("4"), dec("6.00"), 3); // 24.00
        CostedMove in = stock.receiveTransfer(out, 4);
        assertMove(in, "6", "26.00", "4.333333", "0.00"); // 26.00 / 6 = 4.3333..
        assertState(stock, "10", "50.00"); // 24.00 + 26.00
        assertAmount("5.000000", stock.averageUnitCost()); // 50.00 / 10
        assertAmount("4.333333", stock.lastUnitCost()); // the transfer is the latest receipt
        assertEquals(0, stock.layers().size());
    }
}
