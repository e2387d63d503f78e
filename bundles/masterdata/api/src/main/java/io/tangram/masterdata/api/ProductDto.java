package io.tangram.masterdata.api;

import io.tangram.platform.api.money.Money;

/**
 * Something a company sells or buys.
 *
 * @param unitCode      unit of measure, see {@link ReferenceDataService#units}
 * @param salesPrice    list price per unit excluding VAT, may be {@code null}
 * @param purchasePrice usual purchase price per unit excluding VAT, may be {@code null}
 * @param taxRateCode   VAT rate applied, e.g. {@code VAT13}
 */
public record ProductDto(long id, long companyId, String code, String name, String unitCode, String category,
                         String barcode, Money salesPrice, Money purchasePrice, String taxRateCode, ProductType type,
                         boolean active) {
}
