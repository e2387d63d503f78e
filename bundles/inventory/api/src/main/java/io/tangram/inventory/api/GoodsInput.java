package io.tangram.inventory.api;

import java.math.BigDecimal;

/**
 * Goods coming in or going out of one warehouse outside purchasing: an issue for a sale, a manual
 * receipt, an adjustment.
 *
 * @param quantity   positive; for {@link StockLedger#adjust} signed (+ found, − lost)
 * @param unitCost   cost per unit for goods coming in; {@code null} takes the current average cost.
 *                   Ignored for goods going out, which leave at their costed value.
 * @param sourceType document type causing the move, e.g. {@code SO}; may be {@code null}
 * @param sourceRef  document number, e.g. {@code SO-2026-000012}; may be {@code null}
 */
public record GoodsInput(Long productId, Long warehouseId, BigDecimal quantity, BigDecimal unitCost, String lotNumber,
                         String locationCode, String sourceType, String sourceRef, String note) {
}
