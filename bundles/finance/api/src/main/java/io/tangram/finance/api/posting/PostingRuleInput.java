package io.tangram.finance.api.posting;

import java.math.BigDecimal;

/**
 * A posting rule as entered. A rule with the same kind, category and tax rate is replaced.
 *
 * @param category      product category it applies to, {@code null} for every category
 * @param taxRate       VAT rate it applies to (0.13), {@code null} for every rate
 * @param debitAccount  account code debited with a positive amount
 * @param creditAccount account code credited with a positive amount
 */
public record PostingRuleInput(Long companyId, PostingEventKind kind, String category, BigDecimal taxRate,
                               String debitAccount, String creditAccount) {
}
