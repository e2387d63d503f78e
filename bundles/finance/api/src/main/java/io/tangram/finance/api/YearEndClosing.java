package io.tangram.finance.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Year-end closing (年末结转损益): one voucher dated 31 December that brings every revenue and expense
 * account to zero against the profit-for-the-year account (本年利润) and moves that account's balance
 * to retained earnings (利润分配 – 未分配利润). The income statement leaves this voucher out, so it
 * still shows the year's revenue and expenses; the balance sheet and trial balance include it.
 */
@ProviderType
public interface YearEndClosing {

    /** Source type of the closing voucher; its source reference is the year ({@code YEC:2026}). */
    String SOURCE_TYPE = "YEC";

    /**
     * Posts the closing voucher of {@code year}.
     *
     * @throws io.tangram.platform.api.error.ValidationException if the year is not between 1900 and 9999
     * @throws io.tangram.platform.api.error.ConflictException if the year is already closed, December
     *         is closed, there is nothing to close, or the profit accounts are not in the chart
     */
    YearEndClosingDto closeYear(long companyId, int year);

    /** The closing of {@code year}, if it was posted. */
    Optional<YearEndClosingDto> find(long companyId, int year);
}
