package io.tangram.inventory.impl.costing;

import static io.tangram.inventory.impl.costing.ValuationAssertions.assertAmount;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertLayers;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertMove;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertState;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertTakes;
import static io.tangram.inventory.impl.costing.ValuationAssertions.dec;
import static io.tangram.inventory.impl.costing.ValuationAssertions.layer;
import static io.tangram.inventory.impl.costing.ValuationAssertions.take;

import io.tangram.inventory.api.CostingMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FIFO valuation in CNY (value scale 2); every expectation computed by hand. */
class FifoValuationTest {

    private final StockValuation stock = StockValuation.empty(CostingMethod.FIFO, 2);

    @Test
    void partialIssuesConsumeTheOldestLayersFirst() {
        stock.receive(dec("10"), dec("5.00"), 1); // 50.00
        stock.receive(dec("20"), dec("6.00"), 2); // 120.00
        stock.receive(dec("5"), dec("7.50"), 3); // 37.50
        assertState(stock, "35", "207.50"); // 50.00 + 120.00 + 37.50

        CostedMove first = stock.issue(dec("4"), false);
        assertMove(first, "4", "20.00", "5.000000", "0.00"); // 4 * 5.00
        assertTakes(first.takes(), take(1, "4", "5.000000"));
        assertState(stock, "31", "187.50"); // 207.50 - 20.00

        CostedMove second = stock.issue(dec("10"), false);
        // 6 * 5.00 + 4 * 6.00 = 30.00 + 24.00 = 54.00; 54.00 / 10 = 5.40
        assertMove(second, "10", "54.00", "5.400000", "0.00");
        assertTakes(second.takes(), take(1, "6", "5.000000"), take(2, "4", "6.000000"));
        assertState(stock, "21", "133.50"); // 187.50 - 54.00 = 16 * 6.00 + 5 * 7.50 = 96.00 + 37.50
        assertLayers(stock.layers(), layer(2, "16", "6.000000"), layer(3, "5", "7.500000"));
    }

    @Test
    void oneIssueCanSpanThreeLayers() {
        stock.receive(dec("3"), dec("2.00"), 1); // 6.00
        stock.receive(dec("4"), dec("2.50"), 2); // 10.00
        stock.receive(dec("5"), dec("3.00"), 3); // 15.00
        stock.receive(dec("6"), dec("4.00"), 4); // 24.00 -> 55.00 for 18

        CostedMove issue = stock.issue(dec("10"), false);
        // 3 * 2.00 + 4 * 2.50 + 3 * 3.00 = 6.00 + 10.00 + 9.00 = 25.00; 25.00 / 10 = 2.50
        assertMove(issue, "10", "25.00", "2.500000", "0.00");
        assertTakes(issue.takes(), take(1, "3", "2.000000"), take(2, "4", "2.500000"), take(3, "3", "3.000000"));
        assertState(stock, "8", "30.00"); // 55.00 - 25.00 = 2 * 3.00 + 6 * 4.00
        assertLayers(stock.layers(), layer(3, "2", "3.000000"), layer(4, "6", "4.000000"));
    }

    @Test
    void theLowestLayerRefIsConsumedFirstEvenWhenBookedLater() {
        stock.receive(dec("5"), dec("6.00"), 20); // 30.00
        stock.receive(dec("5"), dec("5.00"), 10); // 25.00, a receipt booked late for an older move

        assertLayers(stock.layers(), layer(10, "5", "5.000000"), layer(20, "5", "6.000000"));
        CostedMove issue = stock.issue(dec("6"), false);
        assertAmount("31.00", issue.value()); // 5 * 5.00 + 1 * 6.00 = 25.00 + 6.00
        assertState(stock, "4", "24.00"); // 55.00 - 31.00 = 4 * 6.00
    }

    @Test
    void eachLayerTakeIsRoundedSeparately() {
        stock.receive(dec("1"), dec("0.125"), 1); // 0.125 -> 0.13
        stock.receive(dec("1"), dec("0.125"), 2); // 0.125 -> 0.13
        stock.receive(dec("1"), dec("1.00"), 3); // 1.00 -> 1.26 in total

        CostedMove issue = stock.issue(dec("2"), false);
        assertAmount("0.26", issue.value()); // 0.13 + 0.13; rounding once would give 2 * 0.125 = 0.25
        assertState(stock, "1", "1.00"); // 1.26 - 0.26
        assertLayers(stock.layers(), layer(3, "1", "1.000000"));
    }

    @Test
    void theIssueThatEmptiesStockTakesTheRoundingResidue() {
        stock.receive(dec("3"), dec("0.333333"), 1); // 3 * 0.333333 = 0.999999 -> 1.00
        assertAmount("0.33", stock.issue(dec("1"), false).value()); // 0.333333 -> 0.33
        assertAmount("0.33", stock.issue(dec("1"), false).value()); // 0.333333 -> 0.33
        assertState(stock, "1", "0.34"); // 1.00 - 0.33 - 0.33
        assertAmount("0.34", stock.issue(dec("1"), false).value()); // all that is left, not 0.33
        assertState(stock, "0", "0.00");
        assertLayers(stock.layers());
    }

    @Test
    void roundingResidueNeverTakesTheValueBelowZeroWhileGoodsRemain() {
        stock.receive(dec("4"), dec("0.005"), 1); // 4 * 0.005 = 0.02
        stock.receive(dec("1"), dec("0.00"), 2); // 0.00
        assertAmount("0.01", stock.issue(dec("1"), false).value()); // 0.005 -> 0.01, 0.01 left
        assertAmount("0.01", stock.issue(dec("1"), false).value()); // 0.005 -> 0.01, 0.00 left

        CostedMove third = stock.issue(dec("1"), false); // 0.005 -> 0.01, but only 0.00 is left
        assertAmount("0.00", third.value());
        assertState(stock, "2", "0.00"); // not -0.01
        assertLayers(stock.layers(), layer(1, "1", "0.005000"), layer(2, "1", "0.000000"));
    }

    @Test
    void storedLayersAreRestoredInRefOrder() {
        StockValuation restored = StockValuation.of(CostingMethod.FIFO, 2, dec("15"), dec("80.00"), dec("6.00"),
                List.of(layer(2, "5", "6.00"), layer(1, "10", "5.00"))); // 10 * 5.00 + 5 * 6.00 = 80.00
        assertLayers(restored.layers(), layer(1, "10", "5.000000"), layer(2, "5", "6.000000"));

        CostedMove issue = restored.issue(dec("12"), false);
        assertAmount("62.00", issue.value()); // 10 * 5.00 + 2 * 6.00 = 50.00 + 12.00
        assertState(restored, "3", "18.00"); // 80.00 - 62.00 = 3 * 6.00
    }

    @Test
    void returnToSupplierTakesFromItsOwnLayer() {
        stock.receive(dec("10"), dec("5.00"), 1); // 50.00
        stock.receive(dec("10"), dec("6.00"), 2); // 60.00
        stock.receive(dec("10"), dec("7.00"), 3); // 70.00 -> 180.00

        CostedMove returned = stock.reverseReceipt(2, dec("4"), dec("6.00"));
        assertMove(returned, "4", "24.00", "6.000000", "0.00"); // 4 * 6.00, the oldest layer (5.00) is untouched
        assertTakes(returned.takes(), take(2, "4", "6.000000"));
        assertState(stock, "26", "156.00"); // 180.00 - 24.00
        assertLayers(stock.layers(), layer(1, "10", "5.000000"), layer(2, "6", "6.000000"),
                layer(3, "10", "7.000000"));
    }

    @Test
    void returnToSupplierTakesTheRestFromTheOldestLayerWhenItsOwnIsPartlyConsumed() {
        stock.receive(dec("10"), dec("5.00"), 1);
        stock.receive(dec("10"), dec("6.00"), 2);
        stock.receive(dec("10"), dec("7.00"), 3); // 50.00 + 60.00 + 70.00 = 180.00
        stock.issue(dec("15"), false); // 10 * 5.00 + 5 * 6.00 = 80.00 -> 100.00 left

        CostedMove returned = stock.reverseReceipt(2, dec("8"), dec("6.00"));
        assertTakes(returned.takes(), take(2, "5", "6.000000"), take(3, "3", "7.000000"));
        // valued at 8 * 6.00 = 48.00; released 5 * 6.00 + 3 * 7.00 = 30.00 + 21.00 = 51.00; variance 51.00 - 48.00 = 3.00 loss
        assertMove(returned, "8", "48.00", "6.000000", "3.00");
        assertState(stock, "7", "49.00"); // 30 - 15 - 8 = 7 units; 100.00 - 51.00 = 49.00 = 7 * 7.00
        assertLayers(stock.layers(), layer(3, "7", "7.000000"));
    }

    @Test
    void reversingAnIssueRestoresItsLayersInPlace() {
        stock.receive(dec("5"), dec("2.00"), 1); // 10.00
        stock.receive(dec("5"), dec("3.00"), 2); // 15.00
        stock.receive(dec("5"), dec("4.00"), 3); // 20.00 -> 45.00
        CostedMove issue = stock.issue(dec("7"), false); // 5 * 2.00 + 2 * 3.00 = 16.00 -> 29.00 left
        stock.issue(dec("2"), false); // 2 * 3.00 = 6.00 -> 23.00 left, layers 2: 1 @ 3.00, 3: 5 @ 4.00

        CostedMove reversal = stock.reverseIssue(issue);
        assertMove(reversal, "7", "16.00", "2.285714", "0.00"); // 16.00 / 7 = 2.2857142..
        assertState(stock, "13", "39.00"); // 23.00 + 16.00 = 5 * 2.00 + 3 * 3.00 + 5 * 4.00
        // layer 1 is recreated in front, the 2 units of layer 2 merge into what is left of it (1 + 2 = 3)
        assertLayers(stock.layers(), layer(1, "5", "2.000000"), layer(2, "3", "3.000000"),
                layer(3, "5", "4.000000"));

        assertAmount("13.00", stock.issue(dec("6"), false).value()); // 5 * 2.00 + 1 * 3.00: FIFO order is back
    }

    @Test
    void transferInKeepsTheLayerCostsAndTheirOrder() {
        StockValuation source = StockValuation.empty(CostingMethod.FIFO, 2);
        source.receive(dec("4"), dec("10.00"), 1); // 40.00
        source.receive(dec("6"), dec("12.00"), 2); // 72.00
        CostedMove out = source.issue(dec("7"), false); // 4 * 10.00 + 3 * 12.00 = 40.00 + 36.00 = 76.00
        assertAmount("76.00", out.value());

        stock.receive(dec("2"), dec("11.00"), 50); // 22.00
        CostedMove in = stock.receiveTransfer(out, 90);
        assertMove(in, "7", "76.00", "10.857143", "0.00"); // 76.00 / 7 = 10.8571428..
        assertState(stock, "9", "98.00"); // 22.00 + 76.00
        assertLayers(stock.layers(), layer(50, "2", "11.000000"), layer(90, "4", "10.000000"),
                layer(90, "3", "12.000000"));
        assertAmount("10.857143", stock.lastUnitCost());

        CostedMove issue = stock.issue(dec("5"), false);
        assertAmount("52.00", issue.value()); // 2 * 11.00 + 3 * 10.00 = 22.00 + 30.00
        assertLayers(stock.layers(), layer(90, "1", "10.000000"), layer(90, "3", "12.000000"));
        assertState(stock, "4", "46.00"); // 98.00 - 52.00 = 1 * 10.00 + 3 * 12.00
    }

    @Test
    void transferInFromAMovingAverageWarehouseBecomesOneLayer() {
        StockValuation source = StockValuation.empty(CostingMethod.MOVING_AVERAGE, 2);
        source.receive(dec("10"), dec("4.00"), 1);
        source.receive(dec("5"), dec("5.00"), 2); // 40.00 + 25.00 = 65.00 for 15
        CostedMove out = source.issue(dec("6"), false); // 6 * 65.00 / 15 = 26.00, no takes

        stock.receiveTransfer(out, 7);
        assertState(stock, "6", "26.00");
        assertLayers(stock.layers(), layer(7, "6", "4.333333")); // 26.00 / 6 = 4.3333..
    }

    @Test
    void transferFromFifoIntoAMovingAverageWarehouseAddsTheValue() {
        StockValuation source = StockValuation.empty(CostingMethod.FIFO, 2);
        source.receive(dec("4"), dec("10.00"), 1);
        source.receive(dec("6"), dec("12.00"), 2);
        CostedMove out = source.issue(dec("7"), false); // 4 * 10.00 + 3 * 12.00 = 76.00

        StockValuation average = StockValuation.empty(CostingMethod.MOVING_AVERAGE, 2);
        average.receive(dec("4"), dec("9.00"), 3); // 36.00
        average.receiveTransfer(out, 8);
        assertState(average, "11", "112.00"); // 36.00 + 76.00
        assertAmount("10.181818", average.averageUnitCost()); // 112.00 / 11 = 10.181818..
        assertLayers(average.layers());
    }
}
