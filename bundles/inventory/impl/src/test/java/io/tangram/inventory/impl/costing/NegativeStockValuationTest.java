package io.tangram.inventory.impl.costing;

import static io.tangram.inventory.impl.costing.ValuationAssertions.assertAmount;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertLayers;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertMove;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertQuantity;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertState;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertTakes;
import static io.tangram.inventory.impl.costing.ValuationAssertions.dec;
import static io.tangram.inventory.impl.costing.ValuationAssertions.layer;
import static io.tangram.inventory.impl.costing.ValuationAssertions.take;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tangram.inventory.api.CostingMethod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Negative stock, its settlement with variance (positive = loss, negative = gain) and the refusals when
 * negative stock is not allowed. Value scale 2; every expectation computed by hand.
 */
class NegativeStockValuationTest {

    /** Moving average at 2 units for 10.00 (average 5.00, last receipt 6.00), then 5 issued: -3 for -15.00. */
    private static StockValuation movingAverageThreeShort() {
        StockValuation stock = StockValuation.empty(CostingMethod.MOVING_AVERAGE, 2);
        stock.receive(dec("1"), dec("4.00"), 1);
        stock.receive(dec("1"), dec("6.00"), 2); // 4.00 + 6.00 = 10.00 for 2, average 5.00
        CostedMove issue = stock.issue(dec("5"), true);
        // the 2 on hand leave with all 10.00; the 3 beyond at the average 5.00 = 15.00 (not at the last cost 6.00)
        assertMove(issue, "5", "25.00", "5.000000", "0.00");
        assertState(stock, "-3", "-15.00"); // 10.00 - 25.00
        return stock;
    }

    @Test
    void movingAverageReceiptThatCoversTheDeficitExactlyEndsAtZeroAndReportsTheVariance() {
        StockValuation stock = movingAverageThreeShort();
        assertAmount("6.000000", stock.averageUnitCost()); // quantity < 0 -> last unit cost

        CostedMove receipt = stock.receive(dec("3"), dec("6.00"), 3);
        // 3 * 6.00 = 18.00; the deficit went out at 15.00 -> variance 18.00 - 15.00 = 3.00 (loss)
        assertMove(receipt, "3", "18.00", "6.000000", "3.00");
        assertState(stock, "0", "0.00"); // -15.00 + (18.00 - 3.00)
    }

    @Test
    void movingAverageReceiptLargerThanTheDeficitLeavesTheRestAtTheReceiptCost() {
        StockValuation stock = movingAverageThreeShort();

        CostedMove receipt = stock.receive(dec("10"), dec("6.00"), 3);
        // 10 * 6.00 = 60.00; 7 stay at 7 * 6.00 = 42.00; variance 60.00 - 42.00 - 15.00 = 3.00
        assertMove(receipt, "10", "60.00", "6.000000", "3.00");
        assertState(stock, "7", "42.00"); // -15.00 + 15.00 + 42.00
        assertAmount("6.000000", stock.averageUnitCost());
    }

    @Test
    void whatASettlingReceiptLeavesInStockIsValuedAtTheReceiptUnitCost() {
        StockValuation stock = StockValuation.empty(CostingMethod.MOVING_AVERAGE, 2);
        stock.receive(dec("3"), dec("0.12"), 1); // 0.36
        stock.issue(dec("6"), true); // 0.36 on hand + 3 * 0.12 = 0.36 beyond -> 0.72
        assertState(stock, "-3", "-0.36");

        CostedMove receipt = stock.receive(dec("4"), dec("0.1249"), 2);
        // 4 * 0.1249 = 0.4996 -> 0.50; 1 unit stays at 1 * 0.1249 -> 0.12 (not 0.50 / 4 = 0.125 -> 0.13)
        // variance 0.50 - 0.12 - 0.36 = 0.02
        assertMove(receipt, "4", "0.50", "0.125000", "0.02");
        assertState(stock, "1", "0.12"); // -0.36 + 0.36 + 0.12
    }

    @Test
    void movingAverageReceiptsSmallerThanTheDeficitSettleItsProportionalShare() {
        StockValuation stock = StockValuation.of(CostingMethod.MOVING_AVERAGE, 2, dec("0"), dec("0.00"),
                dec("4.00"), List.of());
        assertAmount("20.00", stock.issue(dec("5"), true).value()); // nothing on hand: 5 * last cost 4.00
        CostedMove first = stock.receive(dec("1"), dec("5.00"), 1);
        // 1 * 5.00 = 5.00 settles 1 of 5 short units worth 1 * 20.00 / 5 = 4.00 -> variance 1.00
        assertMove(first, "1", "5.00", "5.000000", "1.00");
        assertState(stock, "-4", "-16.00"); // -20.00 + 4.00
        assertAmount("30.00", stock.issue(dec("6"), true).value()); // 6 * last cost 5.00
        assertState(stock, "-10", "-46.00"); // -16.00 - 30.00: the deficit went out at 4.60 on average

        CostedMove second = stock.receive(dec("4"), dec("6.00"), 2);
        // 4 * 6.00 = 24.00 settles 4 of 10 short units worth 4 * 46.00 / 10 = 18.40 (not 4 * 5.00 = 20.00)
        // variance 24.00 - 18.40 = 5.60
        assertMove(second, "4", "24.00", "6.000000", "5.60");
        assertState(stock, "-6", "-27.60"); // -46.00 + 18.40

        CostedMove third = stock.receive(dec("6"), dec("4.50"), 3);
        // 6 * 4.50 = 27.00 settles the last 6 short units worth 27.60 -> variance 27.00 - 27.60 = -0.60 (gain)
        assertMove(third, "6", "27.00", "4.500000", "-0.60");
        assertState(stock, "0", "0.00");
    }

    @Test
    void issueWhenNothingIsOnHandIsCostedAtTheLastUnitCost() {
        StockValuation stock = StockValuation.empty(CostingMethod.MOVING_AVERAGE, 2);
        stock.receive(dec("2"), dec("3.00"), 1);
        stock.receive(dec("2"), dec("5.00"), 2); // 6.00 + 10.00 = 16.00, average 4.00, last 5.00
        stock.issue(dec("4"), false); // everything: 16.00

        CostedMove issue = stock.issue(dec("2"), true);
        assertMove(issue, "2", "10.00", "5.000000", "0.00"); // 2 * 5.00 (the average 4.00 is gone with the stock)
        assertState(stock, "-2", "-10.00");
        assertAmount("5.000000", stock.averageUnitCost());
    }

    @Test
    void fifoIssueBeyondTheLayersAndTheReceiptThatSettlesIt() {
        StockValuation stock = StockValuation.empty(CostingMethod.FIFO, 2);
        stock.receive(dec("2"), dec("2.00"), 1); // 4.00
        stock.receive(dec("1"), dec("5.00"), 2); // 5.00 -> 9.00 for 3, average 3.00, last 5.00

        CostedMove issue = stock.issue(dec("5"), true);
        // layers 4.00 + 5.00 = 9.00, the 2 beyond at the average 3.00 = 6.00 -> 15.00
        assertMove(issue, "5", "15.00", "3.000000", "0.00");
        assertTakes(issue.takes(), take(1, "2", "2.000000"), take(2, "1", "5.000000"));
        assertState(stock, "-2", "-6.00");
        assertLayers(stock.layers());

        CostedMove receipt = stock.receive(dec("5"), dec("2.50"), 3);
        // 5 * 2.50 = 12.50; 2 settle the deficit (6.00), 3 stay as a layer: 3 * 2.50 = 7.50
        // variance 12.50 - 7.50 - 6.00 = -1.00 (gain: the deficit went out at 3.00, it cost 2.50)
        assertMove(receipt, "5", "12.50", "2.500000", "-1.00");
        assertState(stock, "3", "7.50");
        assertLayers(stock.layers(), layer(3, "3", "2.500000"));
    }

    @Test
    void fifoReversalOfAnIssueThatWentNegativeRestoresTheLayersExactly() {
        StockValuation stock = StockValuation.empty(CostingMethod.FIFO, 2);
        stock.receive(dec("2"), dec("5.00"), 1); // 10.00
        stock.receive(dec("2"), dec("7.00"), 2); // 14.00 -> 24.00 for 4, average 6.00
        CostedMove issue = stock.issue(dec("10"), true); // 10.00 + 14.00 + 6 * 6.00 = 60.00
        assertState(stock, "-6", "-36.00");

        CostedMove reversal = stock.reverseIssue(issue);
        // the 6 that went out beyond stock fill the deficit at the 36.00 it went out at; the takes come back as layers:
        // variance 60.00 - (2 * 5.00 + 2 * 7.00) - 36.00 = 0.00
        assertMove(reversal, "10", "60.00", "6.000000", "0.00");
        assertState(stock, "4", "24.00");
        assertLayers(stock.layers(), layer(1, "2", "5.000000"), layer(2, "2", "7.000000"));
    }

    @Test
    void fifoTransferInSettlesTheDestinationDeficitWithTheOldestTakes() {
        StockValuation source = StockValuation.empty(CostingMethod.FIFO, 2);
        source.receive(dec("2"), dec("4.00"), 1);
        source.receive(dec("1"), dec("6.00"), 2);
        CostedMove out = source.issue(dec("3"), false); // 2 * 4.00 + 1 * 6.00 = 14.00

        StockValuation destination = StockValuation.of(CostingMethod.FIFO, 2, dec("-1"), dec("-5.00"),
                dec("5.00"), List.of()); // 1 short, went out at 5.00
        CostedMove in = destination.receiveTransfer(out, 30);
        // 1 of the 4.00 take settles the deficit (5.00); kept 1 * 4.00 + 1 * 6.00 = 10.00
        // variance 14.00 - 10.00 - 5.00 = -1.00
        assertMove(in, "3", "14.00", "4.666667", "-1.00"); // 14.00 / 3 = 4.6666..
        assertState(destination, "2", "10.00"); // -5.00 + 5.00 + 10.00
        assertLayers(destination.layers(), layer(30, "1", "4.000000"), layer(30, "1", "6.000000"));
    }

    @ParameterizedTest
    @EnumSource(CostingMethod.class)
    void issueBeyondStockIsRefusedWithTheAvailableQuantityAndChangesNothing(CostingMethod method) {
        StockValuation stock = StockValuation.empty(method, 2);
        stock.receive(dec("5"), dec("1.00"), 1); // 5.00

        InsufficientStockException refused = assertThrows(InsufficientStockException.class,
                () -> stock.issue(dec("7"), false));
        assertQuantity("5", refused.available());
        assertQuantity("7", refused.requested());
        assertState(stock, "5", "5.00");
    }

    @Test
    void issueWhileAlreadyNegativeIsRefusedWithNothingAvailable() {
        StockValuation stock = StockValuation.of(CostingMethod.MOVING_AVERAGE, 2, dec("-2"), dec("-10.00"),
                dec("5.00"), List.of());

        InsufficientStockException refused = assertThrows(InsufficientStockException.class,
                () -> stock.issue(dec("1"), false));
        assertQuantity("0", refused.available()); // never a negative availability
        assertState(stock, "-2", "-10.00");
    }

    @ParameterizedTest
    @EnumSource(CostingMethod.class)
    void returnToSupplierNeverMakesStockNegative(CostingMethod method) {
        StockValuation stock = StockValuation.empty(method, 2);
        stock.receive(dec("5"), dec("2.00"), 1); // 10.00
        stock.issue(dec("3"), false); // 6.00 -> 2 left for 4.00

        InsufficientStockException refused = assertThrows(InsufficientStockException.class,
                () -> stock.reverseReceipt(1, dec("4"), dec("2.00")));
        assertQuantity("2", refused.available());
        assertQuantity("4", refused.requested());
        assertState(stock, "2", "4.00");
    }
}
