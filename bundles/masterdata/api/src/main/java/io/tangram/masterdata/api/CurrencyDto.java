package io.tangram.masterdata.api;

/**
 * A currency by ISO 4217 code; shared by all companies.
 *
 * @param scale decimals kept for amounts (2 for CNY, 0 for JPY)
 */
public record CurrencyDto(String code, String nameEn, String nameZh, int scale, boolean active) {
}
