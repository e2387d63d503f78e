package io.tangram.finance.api.bank;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;

/**
 * A company's account at a bank, kept in the ledger on one postable asset account.
 *
 * @param glAccountCode  the ledger account its money is booked on ({@code 1002 银行存款} or a sub-account
 *                       such as {@code 100201})
 * @param currency       the company currency: foreign-currency bank accounts are not supported yet
 * @param openingDate    first day reconciled in Tangram, {@code null} when every entry counts; book
 *                       entries dated before it are taken as already agreed with {@code openingBalance}
 * @param openingBalance the bank's balance before the first imported statement line (the day before
 *                       {@code openingDate})
 */
public record BankAccountDto(long id, long companyId, String code, String name, String bankName, String accountNumber,
                             String currency, String glAccountCode, String glAccountName, LocalDate openingDate,
                             Money openingBalance, boolean active) {
}
