package io.tangram.inventory.impl.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much may be received against a purchase order line: the ordered quantity plus the configured
 * over-receipt tolerance in percent. Quantities have at most 4 decimals; the limit is rounded down to
 * 4 decimals, so the tolerance is never exceeded by rounding.
 */
public final class ReceiptTolerance {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int QUANTITY_SCALE = 4;

    private ReceiptTolerance() {
    }

    /** The most that may be received in total: {@code ordered × (1 + tolerancePercent / 100)}, rounded down. */
    public static BigDecimal maximum(BigDecimal ordered, BigDecimal tolerancePercent) {
        BigDecimal factor = BigDecimal.ONE.add(tolerancePercent.divide(HUNDRED));
        return ordered.multiply(factor).setScale(QUANTITY_SCALE, RoundingMode.DOWN);
    }

    /** What is still expected: ordered minus received, never below zero. */
    public static BigDecimal open(BigDecimal ordered, BigDecimal received) {
        return ordered.subtract(received).max(BigDecimal.ZERO);
    }

    /** What may still be received now, tolerance included, never below zero. */
    public static BigDecimal receivable(BigDecimal ordered, BigDecimal received, BigDecimal tolerancePercent) {
        return maximum(ordered, tolerancePercent).subtract(received).max(BigDecimal.ZERO);
    }

    /** Whether receiving {@code receiving} more keeps the line within ordered plus tolerance. */
    public static boolean allows(BigDecimal ordered, BigDecimal received, BigDecimal receiving,
                                 BigDecimal tolerancePercent) {
        return received.add(receiving).compareTo(maximum(ordered, tolerancePercent)) <= 0;
    }

    /** Whether a line has all it ordered (or more, within the tolerance). */
    public static boolean fullyReceived(BigDecimal ordered, BigDecimal received) {
        return received.compareTo(ordered) >= 0;
    }
}
