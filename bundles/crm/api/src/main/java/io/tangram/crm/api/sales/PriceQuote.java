package io.tangram.crm.api.sales;

import java.math.BigDecimal;

/**
 * The price a customer pays for a product today.
 *
 * @param source the price list code, or {@code LIST_PRICE} for the product's own sales price
 */
public record PriceQuote(long productId, BigDecimal unitPrice, String currency, String source) {
}
