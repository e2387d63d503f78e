package io.tangram.finance.api.posting;

import java.math.BigDecimal;

/** A posting rule: which accounts an event of a kind (and category, tax rate) posts to. */
public record PostingRuleDto(long id, long companyId, PostingEventKind kind, String category, BigDecimal taxRate,
                             String debitAccount, String creditAccount) {
}
