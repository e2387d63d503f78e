package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;

/**
 * A product whose projected stock (on hand + open purchase − reserved) is at or below its reorder
 * point, with the quantity proposed to buy.
 *
 * @param proposedQuantity up to the maximum level, at least the minimum order quantity
 * @param lastPrice        unit price of the last purchase order line for it, else the product's purchase price
 */
public record PurchaseSuggestion(long productId, String productCode, String productName, long warehouseId,
                                 String warehouseCode, BigDecimal onHand, BigDecimal openPurchase, BigDecimal reserved,
                                 BigDecimal projected, BigDecimal reorderPoint, BigDecimal proposedQuantity,
                                 Long supplierId, String supplierCode, Money lastPrice) {
}
