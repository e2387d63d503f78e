package io.tangram.crm.api.sales;

import java.math.BigDecimal;

/** A product's net unit price (excluding VAT) from {@code minQuantity} units up; {@code minQuantity} defaults to 1. */
public record PriceListLineInput(Long productId, BigDecimal unitPrice, BigDecimal minQuantity) {
}
