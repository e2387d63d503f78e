package io.tangram.finance.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reports read from posted vouchers only (drafts never count). They agree with each other to the
 * cent: the balance sheet's equity includes the year's profit from the income statement, and both are
 * sums of trial-balance figures. The income statement leaves out year-end closing vouchers
 * ({@link YearEndClosing#SOURCE_TYPE}) so it shows the year's revenue and expenses after closing; every
 * other report includes them.
 */
@ProviderType
public interface LedgerReports {

    TrialBalance trialBalance(long companyId, LocalDate from, LocalDate to);

    /** @throws io.tangram.platform.api.error.NotFoundException for an unknown account code */
    AccountLedger generalLedger(long companyId, String accountCode, LocalDate from, LocalDate to);

    /** Assets = liabilities + equity at the end of {@code at}; line keys start with {@code assets}, {@code liabilities}, {@code equity}. */
    FinancialStatement balanceSheet(long companyId, LocalDate at);

    /**
     * The balance sheet in the given layout; {@link StatementLayout#CN} has the lines of 会小企01表 with the
     * totals {@code totalAssets} and {@code totalLiabilitiesAndEquity}, equal to the default layout's
     * {@code assets} and {@code liabilitiesAndEquity}.
     */
    FinancialStatement balanceSheet(long companyId, LocalDate at, StatementLayout layout);

    /** Revenue − expenses = net profit; the total line's key is {@code netProfit}. */
    FinancialStatement incomeStatement(long companyId, LocalDate from, LocalDate to);

    /**
     * The income statement in the given layout; {@link StatementLayout#CN} has the lines of 会小企02表
     * ({@code revenue}, {@code operatingProfit}, {@code totalProfit} …) and ends with {@code netProfit},
     * equal to the default layout's.
     */
    FinancialStatement incomeStatement(long companyId, LocalDate from, LocalDate to, StatementLayout layout);

    /**
     * The cash flow statement from {@code from} to {@code to}, direct method.
     *
     * @throws io.tangram.platform.api.error.ValidationException if a date is missing or {@code to} is before {@code from}
     */
    CashFlowStatement cashFlow(long companyId, LocalDate from, LocalDate to);
}
