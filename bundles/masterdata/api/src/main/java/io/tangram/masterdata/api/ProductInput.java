package io.tangram.masterdata.api;

import java.math.BigDecimal;

/**
 * What a caller sends to create or change a product. {@code companyId} {@code null} means the
 * default company; a price's currency {@code null} means the company's currency; {@code type}
 * {@code null} means {@link ProductType#STOCKED}.
 */
public record ProductInput(Long companyId, String code, String name, String unitCode, String category,
                           String barcode, BigDecimal salesPrice, String salesCurrency, BigDecimal purchasePrice,
                           String purchaseCurrency, String taxRateCode, ProductType type) {
}
