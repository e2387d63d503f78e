package io.tangram.crm.api.sales;

import java.math.BigDecimal;

/**
 * A quote or order line with what has happened to it.
 *
 * @param netUnitPrice unit price after discount, the price invoiced
 * @param netAmount    quantity × net unit price, rounded to cents
 * @param reserved     stock currently held for the line (orders only)
 * @param shipped      quantity shipped so far (orders only)
 * @param invoiced     quantity finance has invoiced (orders only)
 */
public record SalesLineDto(long id, int lineNo, long productId, String productCode, String description,
                           BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal netUnitPrice,
                           BigDecimal taxRate, BigDecimal netAmount, BigDecimal taxAmount, String priceSource,
                           BigDecimal reserved, BigDecimal shipped, BigDecimal invoiced) {
}
