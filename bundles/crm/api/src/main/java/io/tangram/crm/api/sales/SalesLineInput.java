package io.tangram.crm.api.sales;

import java.math.BigDecimal;

/**
 * A quote or order line as entered.
 *
 * @param unitPrice       net price before discount; from the price lists when {@code null}
 * @param discountPercent 0–100, {@code null} for none
 * @param taxRate         VAT as a fraction (0.13); the product's rate when {@code null}
 */
public record SalesLineInput(Long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                             BigDecimal taxRate, String description) {
}
