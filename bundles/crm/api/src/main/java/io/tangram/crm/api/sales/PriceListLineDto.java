package io.tangram.crm.api.sales;

import java.math.BigDecimal;

/** One price of a price list. */
public record PriceListLineDto(long productId, String productCode, BigDecimal unitPrice, BigDecimal minQuantity) {
}
