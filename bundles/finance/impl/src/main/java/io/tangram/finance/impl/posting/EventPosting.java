package io.tangram.finance.impl.posting;

import java.math.BigDecimal;
import java.util.List;

import io.tangram.finance.api.posting.PostingEventKind;

/**
 * What one event asks the ledger to record: the voucher's source, words and party, and the amounts
 * to post under each rule kind. An event with no amounts posts nothing.
 *
 * @param sourceType {@code GR} goods receipt, {@code GI} goods issue, {@code SA} stock adjustment
 * @param sourceRef  the receipt number or {@code move-<id>}: unique per document, so it posts once
 * @param partyId    the supplier on the clearing line of a goods receipt, else {@code null}
 */
record EventPosting(String sourceType, String sourceRef, String description, Long partyId, List<Amount> amounts) {

    EventPosting {
        amounts = amounts.stream().filter(a -> a.amount() != null && a.amount().signum() != 0).toList();
    }

    boolean postsNothing() {
        return amounts.isEmpty();
    }

    /**
     * An amount for the rule of {@code kind}, {@code category} and {@code taxRate}: positive posts on
     * the rule's sides, negative (a reversal) on the opposite ones.
     */
    record Amount(PostingEventKind kind, String category, BigDecimal taxRate, BigDecimal amount) {
    }
}
