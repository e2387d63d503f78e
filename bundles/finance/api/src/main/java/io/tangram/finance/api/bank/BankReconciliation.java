package io.tangram.finance.api.bank;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Matching bank statement lines to the posted ledger lines that record them, and the reconciliation
 * statement that follows. Receipts on the statement match debits of the bank's ledger account,
 * payments match credits. A ledger line and a statement line are each matched at most once; lines of
 * reversed vouchers and of reversals are never matched.
 */
@ProviderType
public interface BankReconciliation {

    /**
     * Unmatched posted ledger lines of the same amount dated within {@code days} of the statement line,
     * likeliest first.
     *
     * @param days the window either side of the line's date; {@code null} for the configured default (7)
     * @throws io.tangram.platform.api.error.ValidationException if {@code days} is negative or over 366
     */
    List<MatchSuggestion> suggestions(long statementLineId, Integer days);

    /**
     * Confirms that the ledger lines record the statement line.
     *
     * @throws io.tangram.platform.api.error.ValidationException if no ledger line is given
     * @throws io.tangram.platform.api.error.ConflictException if their sum differs from the statement
     *         line (naming the difference), either side is already matched, a line is not a posted line of
     *         the bank's ledger account, or belongs to a reversed voucher or a reversal
     */
    BankStatementLineDto match(long statementLineId, List<Long> voucherLineIds);

    /** Undoes a match; a voucher posted from the line stays posted (reverse it if it was wrong). */
    BankStatementLineDto unmatch(long statementLineId);

    /**
     * Posts a voucher for a statement line the books do not have (bank charges, interest) on the line's
     * date, between the bank's ledger account and {@code input.accountCode()}, with source
     * {@code BANK} and the statement line's id, and matches it in the same transaction.
     *
     * @throws io.tangram.platform.api.error.ConflictException if the line is matched, already has its
     *         voucher, or its period is closed
     */
    BankStatementLineDto postVoucher(long statementLineId, BankVoucherInput input);

    /** The reconciliation statement (银行存款余额调节表) of a bank account at the end of {@code at}. */
    BankReconciliationReport report(long bankAccountId, LocalDate at);
}
