package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The cash flow statement (现金流量表) of the 小企业会计准则, direct method, from {@code from} to
 * {@code to}: every posted movement of the cash accounts, classified by the other accounts of its
 * voucher into operating, investing and financing lines. Receipts and payments are both shown
 * positive; a section's total ({@code operating}, {@code investing}, {@code financing}) is receipts
 * minus payments. Transfers between cash accounts are not cash flows and are left out.
 *
 * @param lines       sections (level 1) with their items (level 2), then {@code netIncrease},
 *                    {@code openingCash} and {@code closingCash} (level 0)
 * @param netIncrease 现金净增加额: the three sections' totals, always equal to {@code closingCash − openingCash}
 * @param openingCash balance of the cash accounts at the end of the day before {@code from}
 * @param closingCash balance of the cash accounts at the end of {@code to}
 */
public record CashFlowStatement(LocalDate from, LocalDate to, String currency, List<StatementLine> lines,
                                Money netIncrease, Money openingCash, Money closingCash) {
    public CashFlowStatement {
        lines = List.copyOf(lines);
    }

    /** The line with {@code key} ({@code operating.salesReceipts}). */
    public Optional<StatementLine> line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst();
    }
}
