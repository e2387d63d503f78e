package io.tangram.masterdata.api;

/**
 * A legal entity whose books the suite keeps. Company {@value CompanyService#DEFAULT_COMPANY_ID}
 * exists from the start.
 *
 * @param taxId    unified social credit code (统一社会信用代码), may be {@code null}
 * @param currency ISO code of the company's accounting currency
 */
public record CompanyDto(long id, String code, String name, String nameZh, String taxId, String currency,
                         boolean active) {
}
