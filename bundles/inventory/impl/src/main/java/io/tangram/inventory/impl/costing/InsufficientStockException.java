package io.tangram.inventory.impl.costing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Thrown when goods should leave stock but not enough is on hand and negative stock is not allowed. Carries
 * both quantities so that the caller can tell the user how much is available.
 */
public final class InsufficientStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final BigDecimal available;
    private final BigDecimal requested;

    /**
     * @param available quantity on hand (0 when stock is already negative)
     * @param requested quantity that should have left stock
     */
    public InsufficientStockException(BigDecimal available, BigDecimal requested) {
        super("Insufficient stock: requested " + Objects.requireNonNull(requested, "requested").toPlainString()
                + " but only " + Objects.requireNonNull(available, "available").toPlainString() + " available");
        this.available = available;
        this.requested = requested;
    }

    /** Quantity on hand when the move was refused (never negative). */
    public BigDecimal available() {
        return available;
    }

    /** Quantity the refused move asked for. */
    public BigDecimal requested() {
        return requested;
    }
}
