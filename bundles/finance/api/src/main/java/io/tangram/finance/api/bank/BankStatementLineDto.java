package io.tangram.finance.api.bank;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a bank statement: money in is positive, money out negative.
 *
 * @param rowNo          the row of the file it came from, 1 for the first row after the header
 * @param balance        the bank's balance after this line when the file gave one
 * @param voucherLineIds the ledger lines it is matched to, empty while unmatched
 * @param voucherId      the voucher posted from this line (bank charges, interest), {@code null} otherwise
 */
public record BankStatementLineDto(long id, long bankAccountId, long statementId, int rowNo, LocalDate date,
                                   Money amount, String reference, String counterparty, String description,
                                   Money balance, MatchStatus status, List<Long> voucherLineIds, Long voucherId) {
    public BankStatementLineDto {
        voucherLineIds = List.copyOf(voucherLineIds);
    }
}
