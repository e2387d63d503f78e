package io.tangram.inventory.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a purchase order as entered.
 *
 * @param unitPrice   price per unit excluding VAT, in the order's currency
 * @param taxRateCode master-data tax rate, e.g. {@code VAT13}; {@code null} takes the product's rate
 */
public record PurchaseOrderLineInput(Long productId, BigDecimal quantity, BigDecimal unitPrice, String taxRateCode,
                                     LocalDate expectedDate) {
}
