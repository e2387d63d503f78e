package io.tangram.inventory.api;

import java.math.BigDecimal;

/**
 * How inventory treats one product. Products without stored settings get the defaults
 * (moving average, no reorder point, no tracking).
 *
 * @param reorderPoint      when projected stock falls to or below it, replenishment proposes a purchase
 * @param minimumQuantity   smallest quantity worth ordering
 * @param maximumQuantity   replenishment orders up to this level ({@code null}: up to the reorder point plus the minimum)
 * @param safetyStock       kept on top of the reorder point in the proposal
 * @param preferredSupplierId master-data party the suggestion names, {@code null} when none
 */
public record StockSettingsDto(long productId, String productCode, CostingMethod costingMethod, BigDecimal reorderPoint,
                               BigDecimal minimumQuantity, BigDecimal maximumQuantity, BigDecimal safetyStock,
                               TrackingMode tracking, Long defaultWarehouseId, Long preferredSupplierId) {
}
