package io.tangram.inventory.api;

import java.math.BigDecimal;

/** What a user enters for a product's stock settings; {@code null} keeps the current value. */
public record StockSettingsInput(CostingMethod costingMethod, BigDecimal reorderPoint, BigDecimal minimumQuantity,
                                 BigDecimal maximumQuantity, BigDecimal safetyStock, TrackingMode tracking,
                                 Long defaultWarehouseId, Long preferredSupplierId) {
}
