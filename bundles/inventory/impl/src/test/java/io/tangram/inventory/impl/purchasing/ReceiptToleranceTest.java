package io.tangram.inventory.impl.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Over-receipt limits; every expectation computed by hand. */
class ReceiptToleranceTest {

    @Test
    void withoutToleranceExactlyTheOrderedQuantityMayBeReceived() {
        assertQuantity("10", ReceiptTolerance.maximum(dec("10"), dec("0")));
        assertTrue(ReceiptTolerance.allows(dec("10"), dec("4"), dec("6"), dec("0"))); // 4 + 6 = 10
        assertFalse(ReceiptTolerance.allows(dec("10"), dec("4"), dec("6.0001"), dec("0"))); // 10.0001 > 10
    }

    @Test
    void theTolerancePercentIsAddedToTheOrderedQuantity() {
        assertQuantity("10.5", ReceiptTolerance.maximum(dec("10"), dec("5"))); // 10 * 1.05
        assertTrue(ReceiptTolerance.allows(dec("10"), dec("10"), dec("0.5"), dec("5"))); // 10.5 <= 10.5
        assertFalse(ReceiptTolerance.allows(dec("10"), dec("10"), dec("0.5001"), dec("5")));
        assertQuantity("3.075", ReceiptTolerance.maximum(dec("3"), dec("2.5"))); // 3 * 1.025
    }

    @Test
    void theLimitIsRoundedDownToFourDecimals() {
        // 1.0001 * 1.05 = 1.050105 -> 1.0501
        assertQuantity("1.0501", ReceiptTolerance.maximum(dec("1.0001"), dec("5")));
        assertFalse(ReceiptTolerance.allows(dec("1.0001"), dec("0"), dec("1.0502"), dec("5")));
    }

    @Test
    void openIsWhatIsStillExpectedAndNeverNegative() {
        assertQuantity("6", ReceiptTolerance.open(dec("10"), dec("4")));
        assertQuantity("0", ReceiptTolerance.open(dec("10"), dec("10.5")));
    }

    @Test
    void receivableIncludesTheTolerance() {
        assertQuantity("6.5", ReceiptTolerance.receivable(dec("10"), dec("4"), dec("5"))); // 10.5 - 4
        assertQuantity("0", ReceiptTolerance.receivable(dec("10"), dec("10.5"), dec("5")));
    }

    @Test
    void aLineIsFullyReceivedOnceItHasWhatWasOrdered() {
        assertFalse(ReceiptTolerance.fullyReceived(dec("10"), dec("9.9999")));
        assertTrue(ReceiptTolerance.fullyReceived(dec("10"), dec("10.0000")));
        assertTrue(ReceiptTolerance.fullyReceived(dec("10"), dec("10.2")));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static void assertQuantity(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }
}
