package io.tangram.finance.api.bank;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The bank reconciliation statement (银行存款余额调节表) of one bank account at a date:
 * {@code adjustedBookBalance = bookBalance + bankReceived − bankPaid} and
 * {@code adjustedBankBalance = bankBalance + bookReceived − bookPaid}; the account is reconciled when
 * both are equal.
 *
 * @param bookBalance      balance of the ledger account at the end of {@code at} (debit positive)
 * @param bankBalance      the last balance the bank stated on or before {@code at} plus the lines after
 *                         it, or the opening balance plus every line when the statements give no balance
 * @param bankBalanceDate  date of the bank's stated balance used, {@code null} when computed from the opening
 * @param bookReceived     企业已收、银行未收: debits in the books the bank has not shown yet
 * @param bookPaid         企业已付、银行未付: credits in the books the bank has not shown yet
 * @param bankReceived     银行已收、企业未收: money in on the statement not yet in the books
 * @param bankPaid         银行已付、企业未付: money out on the statement not yet in the books
 */
public record BankReconciliationReport(long bankAccountId, String bankAccountCode, String glAccountCode, LocalDate at,
                                       String currency, Money bookBalance, Money bankBalance, LocalDate bankBalanceDate,
                                       List<ReconcilingItem> bookReceived, Money bookReceivedTotal,
                                       List<ReconcilingItem> bookPaid, Money bookPaidTotal,
                                       List<ReconcilingItem> bankReceived, Money bankReceivedTotal,
                                       List<ReconcilingItem> bankPaid, Money bankPaidTotal,
                                       Money adjustedBookBalance, Money adjustedBankBalance, boolean reconciled) {
    public BankReconciliationReport {
        bookReceived = List.copyOf(bookReceived);
        bookPaid = List.copyOf(bookPaid);
        bankReceived = List.copyOf(bankReceived);
        bankPaid = List.copyOf(bankPaid);
    }
}
