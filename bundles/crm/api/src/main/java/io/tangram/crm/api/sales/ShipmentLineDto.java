package io.tangram.crm.api.sales;

import java.math.BigDecimal;

/**
 * One shipped line.
 *
 * @param stockMoveId inventory's goods issue, {@code null} when stock was not issued (service
 *                    product, or inventory not installed)
 */
public record ShipmentLineDto(long orderLineId, long productId, String productCode, BigDecimal quantity,
                              BigDecimal netUnitPrice, BigDecimal taxRate, BigDecimal netAmount, BigDecimal taxAmount,
                              Long stockMoveId) {
}
