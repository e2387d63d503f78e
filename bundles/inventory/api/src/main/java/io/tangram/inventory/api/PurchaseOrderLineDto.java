package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a purchase order.
 *
 * @param receivedQuantity what goods receipts have brought in so far
 */
public record PurchaseOrderLineDto(long id, int lineNo, long productId, String productCode, String productName,
                                   String unitCode, BigDecimal quantity, BigDecimal receivedQuantity, Money unitPrice,
                                   String taxRateCode, BigDecimal taxRate, Money netAmount, Money taxAmount,
                                   LocalDate expectedDate) {
}
