package io.tangram.inventory.impl.costing;

import static io.tangram.inventory.impl.costing.ValuationAssertions.assertAmount;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertLayers;
import static io.tangram.inventory.impl.costing.ValuationAssertions.assertState;
import static io.tangram.inventory.impl.costing.ValuationAssertions.dec;
import static io.tangram.inventory.impl.costing.ValuationAssertions.layer;
import static io.tangram.inventory.impl.costing.ValuationAssertions.take;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.inventory.api.CostingMethod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Argument and state validation: bad input is refused with a clear message and leaves the state untouched. */
class StockValuationValidationTest {

    private final StockValuation stock = StockValuation.empty(CostingMethod.FIFO, 2);

    private static void assertRefused(String messagePart, Executable call) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, call);
        assertTrue(refused.getMessage().contains(messagePart),
                () -> "message '" + refused.getMessage() + "' should mention '" + messagePart + "'");
    }

    @Test
    void quantitiesMustBePositive() {
        stock.receive(dec("5"), dec("1.00"), 1);

        assertRefused("must be greater than 0 but was 0", () -> stock.receive(BigDecimal.ZERO, dec("1.00"), 2));
        assertRefused("must be greater than 0 but was -1", () -> stock.receive(dec("-1"), dec("1.00"), 2));
        assertRefused("is required", () -> stock.receive(null, dec("1.00"), 2));
        assertRefused("must be greater than 0", () -> stock.issue(dec("0.0000"), true));
        assertRefused("must be greater than 0", () -> stock.reverseReceipt(1, dec("-2"), dec("1.00")));
        assertState(stock, "5", "5.00");
    }

    @Test
    void unitCostsMustNotBeNegativeButMayBeZero() {
        assertRefused("unit cost must not be negative but was -0.01", () -> stock.receive(dec("1"), dec("-0.01"), 1));
        assertRefused("unit cost is required", () -> stock.receive(dec("1"), null, 1));
        assertState(stock, "0", "0.00");

        stock.receive(dec("2"), BigDecimal.ZERO, 1); // free samples: 2 * 0 = 0.00
        assertState(stock, "2", "0.00");
        assertRefused("original unit cost must not be negative", () -> stock.reverseReceipt(1, dec("1"), dec("-1")));
        assertState(stock, "2", "0.00");
    }

    @Test
    void quantitiesHaveAtMostFourDecimals() {
        assertRefused("has more than 4 decimals", () -> stock.receive(dec("0.00001"), dec("1.00"), 1));

        stock.receive(dec("1.250000"), dec("2.00"), 1); // trailing zeros are fine: 1.25 * 2.00 = 2.50
        assertState(stock, "1.25", "2.50");
    }

    @Test
    void unitCostsAreRoundedToSixDecimals() {
        CostedMove receipt = stock.receive(dec("3"), dec("1.2345675"), 1); // 1.2345675 -> 1.234568 (HALF_UP)
        assertAmount("1.234568", stock.lastUnitCost());
        assertAmount("3.70", receipt.value()); // 3 * 1.234568 = 3.703704 -> 3.70
        assertLayers(stock.layers(), layer(1, "3", "1.234568"));
    }

    @Test
    void emptyValuationHasNothingAndNoKnownCost() {
        StockValuation empty = StockValuation.empty(CostingMethod.MOVING_AVERAGE, 2);
        assertState(empty, "0", "0.00");
        assertAmount("0.000000", empty.averageUnitCost());
        assertAmount("0.000000", empty.lastUnitCost());
        assertLayers(empty.layers());
    }

    @Test
    void inconsistentStoredStateIsRefused() {
        assertRefused("FIFO layers hold 4 but the quantity is 5", () -> StockValuation.of(CostingMethod.FIFO, 2,
                dec("5"), dec("10.00"), dec("2.00"), List.of(layer(1, "4", "2.00"))));
        assertRefused("FIFO layers hold 1 but the quantity is -1", () -> StockValuation.of(CostingMethod.FIFO, 2,
                dec("-1"), dec("-2.00"), dec("2.00"), List.of(layer(1, "1", "2.00"))));
        assertRefused("a moving average valuation has no cost layers", () -> StockValuation.of(
                CostingMethod.MOVING_AVERAGE, 2, dec("1"), dec("2.00"), dec("2.00"), List.of(layer(1, "1", "2.00"))));
        assertRefused("value 1.005 has more than 2 decimals", () -> StockValuation.of(CostingMethod.MOVING_AVERAGE,
                2, dec("1"), dec("1.005"), null, List.of()));
        assertRefused("value must be 0 when quantity is 0", () -> StockValuation.of(CostingMethod.MOVING_AVERAGE,
                2, dec("0"), dec("0.01"), null, List.of()));
        assertRefused("must not be negative", () -> StockValuation.of(CostingMethod.FIFO, 2, dec("0"), dec("0"),
                null, List.of(layer(1, "-1", "2.00"))));
        assertRefused("costing method is required", () -> StockValuation.empty(null, 2));
        assertRefused("value scale must not be negative", () -> StockValuation.empty(CostingMethod.FIFO, -1));
    }

    @Test
    void movesHandedBackMustBeConsistent() {
        stock.receive(dec("5"), dec("1.00"), 1);

        assertRefused("original issue is required", () -> stock.reverseIssue(null));
        CostedMove overTaken = new CostedMove(dec("1"), dec("2.00"), dec("2.000000"),
                List.of(take(1, "2", "1.00")), dec("0.00"));
        assertRefused("takes of the transfer hold 2 but the transfer moved only 1",
                () -> stock.receiveTransfer(overTaken, 9));
        CostedMove negativeValue = new CostedMove(dec("1"), dec("-1.00"), dec("-1.000000"), List.of(), dec("0.00"));
        assertRefused("value of the original issue must not be negative", () -> stock.reverseIssue(negativeValue));
        assertState(stock, "5", "5.00");
    }
}
