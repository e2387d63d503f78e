package io.tangram.finance.impl.posting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.posting.PostingEventKind;
import io.tangram.finance.api.posting.PostingRuleDto;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.i18n.Text;

/**
 * A company's posting rules, choosing the accounts for an amount and turning an event's amounts into
 * voucher lines. The most specific rule wins: one for the category and the tax rate, then for the
 * category, then for the rate, then for any.
 */
final class PostingRuleBook {
    private final List<PostingRuleDto> rules;

    PostingRuleBook(List<PostingRuleDto> rules) {
        this.rules = List.copyOf(rules);
    }

    Optional<PostingRuleDto> find(PostingEventKind kind, String category, BigDecimal taxRate) {
        return rules.stream()
                .filter(r -> r.kind() == kind)
                .filter(r -> r.category() == null || r.category().equalsIgnoreCase(category == null ? "" : category))
                .filter(r -> r.taxRate() == null || (taxRate != null && r.taxRate().compareTo(taxRate) == 0))
                .max(Comparator.comparingInt(PostingRuleBook::specificity));
    }

    private static int specificity(PostingRuleDto rule) {
        return (rule.category() == null ? 0 : 2) + (rule.taxRate() == null ? 0 : 1);
    }

    /**
     * The voucher lines of an event: per amount a debit and a credit under its rule (swapped for a
     * negative amount), lines on the same account and side added up, debits first.
     *
     * @throws ConflictException naming the kind, category and rate that have no rule
     */
    List<VoucherLineInput> lines(EventPosting posting) {
        Map<String, BigDecimal> debits = new LinkedHashMap<>();
        Map<String, BigDecimal> credits = new LinkedHashMap<>();
        for (EventPosting.Amount a : posting.amounts()) {
            PostingRuleDto rule = find(a.kind(), a.category(), a.taxRate()).orElseThrow(() -> new ConflictException(Text.of(
                    "No posting rule for {0} (category {1}, tax rate {2}): add one under posting rules or load the chart''s defaults",
                    "没有适用于 {0}（类别 {1}，税率 {2}）的自动过账规则：请新增规则或导入科目模板的默认规则",
                    a.kind(), a.category() == null ? "-" : a.category(), a.taxRate() == null ? "-" : a.taxRate().toPlainString())));
            BigDecimal amount = a.amount().abs();
            boolean reversed = a.amount().signum() < 0;
            debits.merge(reversed ? rule.creditAccount() : rule.debitAccount(), amount, BigDecimal::add);
            credits.merge(reversed ? rule.debitAccount() : rule.creditAccount(), amount, BigDecimal::add);
        }
        List<VoucherLineInput> lines = new ArrayList<>();
        debits.forEach((account, amount) -> lines.add(new VoucherLineInput(account, amount, BigDecimal.ZERO, null, null,
                null, null, null)));
        credits.forEach((account, amount) -> lines.add(new VoucherLineInput(account, BigDecimal.ZERO, amount, null, null,
                null, null, posting.partyId())));
        return lines;
    }
}
