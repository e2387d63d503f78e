package io.tangram.finance.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reports read from posted vouchers only (drafts never count). They agree with each other to the
 * cent: the balance sheet's equity includes the year's profit from the income statement, and both are
 * sums of trial-balance figures.
 */
@ProviderType
public interface LedgerReports {

    TrialBalance trialBalance(long companyId, LocalDate from, LocalDate to);

    /** @throws io.tangram.platform.api.error.NotFoundException for an unknown account code */
    AccountLedger generalLedger(long companyId, String accountCode, LocalDate from, LocalDate to);

    /** Assets = liabilities + equity at the end of {@code at}; line keys start with {@code assets}, {@code liabilities}, {@code equity}. */
    FinancialStatement balanceSheet(long companyId, LocalDate at);

    /** Revenue − expenses = net profit; the total line's key is {@code netProfit}. */
    FinancialStatement incomeStatement(long companyId, LocalDate from, LocalDate to);
}
