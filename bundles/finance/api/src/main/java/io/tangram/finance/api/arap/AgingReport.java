package io.tangram.finance.api.arap;

import java.time.LocalDate;
import java.util.List;

/**
 * Aging of receivables or payables at a day (账龄分析): every party with open items, by party id, and
 * the totals. The total agrees with the party sub-ledger of the receivable or payable account as far
 * as all its postings come from invoices, credit notes, receipts and payments.
 */
public record AgingReport(long companyId, OpenItemKind kind, LocalDate at, String currency, List<PartyAging> parties,
                          AgingAmounts totals) {
    public AgingReport {
        parties = List.copyOf(parties);
    }
}
