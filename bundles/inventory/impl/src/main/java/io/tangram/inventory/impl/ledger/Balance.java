package io.tangram.inventory.impl.ledger;

import java.math.BigDecimal;

import io.tangram.inventory.impl.costing.StockValuation;

/**
 * The locked stock of one product in one warehouse during a posting: its valuation and what is
 * reserved of it. Mutable only through {@link #reserve} and {@link #unreserve}; saved by
 * {@link Posting#save}.
 */
public final class Balance {
    private final long companyId;
    private final long productId;
    private final long warehouseId;
    private final StockValuation valuation;
    private BigDecimal reserved;

    Balance(long companyId, long productId, long warehouseId, StockValuation valuation, BigDecimal reserved) {
        this.companyId = companyId;
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.valuation = valuation;
        this.reserved = reserved;
    }

    public long companyId() {
        return companyId;
    }

    public long productId() {
        return productId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public StockValuation valuation() {
        return valuation;
    }

    public BigDecimal reserved() {
        return reserved;
    }

    public BigDecimal onHand() {
        return valuation.quantity();
    }

    /** On hand minus reserved, never below zero. */
    public BigDecimal available() {
        return valuation.quantity().subtract(reserved).max(BigDecimal.ZERO);
    }

    public void reserve(BigDecimal quantity) {
        reserved = reserved.add(quantity);
    }

    public void unreserve(BigDecimal quantity) {
        reserved = reserved.subtract(quantity).max(BigDecimal.ZERO);
    }
}
