package io.tangram.masterdata.api;

import java.math.BigDecimal;

/**
 * A VAT rate (增值税税率); shared by all companies. A rate never changes once created: a new rate
 * gets a new code, so past documents keep theirs.
 *
 * @param rate fraction, e.g. {@code 0.13} for 13 %
 */
public record TaxRateDto(String code, BigDecimal rate, String nameEn, String nameZh, boolean active) {
}
