package io.tangram.finance.api.asset;

import io.tangram.platform.api.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * A month's depreciation (计提折旧): one line per asset, posted as one voucher dated the last day of
 * the month.
 *
 * @param id                 {@code null} for a preview
 * @param period             {@code 2026-11}
 * @param voucherId          the posted voucher, {@code null} for a preview
 * @param reversalVoucherId  the red-ink reversal that undid the run
 */
public record DepreciationRunDto(Long id, long companyId, String period, DepreciationRunStatus status, Money total,
                                 Long voucherId, String voucherNumber, Long reversalVoucherId,
                                 List<DepreciationLineDto> lines, String createdBy, Instant createdAt) {
    public DepreciationRunDto {
        lines = List.copyOf(lines);
    }
}
