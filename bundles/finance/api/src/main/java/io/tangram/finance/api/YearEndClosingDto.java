package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A posted year-end closing.
 *
 * @param profitAccount           the profit-for-the-year account the revenue and expenses went to (3103)
 * @param retainedEarningsAccount the account the year's result went to (3104)
 * @param netProfit               the year's revenue − expenses closed to the profit account; negative for a
 *                                loss. The profit account's whole balance (this and anything posted to it
 *                                directly) goes on to retained earnings.
 */
public record YearEndClosingDto(long companyId, int year, long voucherId, String voucherNumber, LocalDate date,
                                String profitAccount, String retainedEarningsAccount, Money netProfit,
                                String closedBy, Instant closedAt) {
}
