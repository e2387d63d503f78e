package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A posted year-end closing.
 *
 * @param profitAccount           the profit-for-the-year account the revenue and expenses went to (3103)
 * @param retainedEarningsAccount the account the year's result went to (3104)
 * @param netProfit               revenue − expenses moved to retained earnings; negative for a loss
 */
public record YearEndClosingDto(long companyId, int year, long voucherId, String voucherNumber, LocalDate date,
                                String profitAccount, String retainedEarningsAccount, Money netProfit,
                                String closedBy, Instant closedAt) {
}
