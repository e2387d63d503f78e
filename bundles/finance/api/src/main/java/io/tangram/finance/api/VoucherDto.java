package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A voucher with its lines.
 *
 * @param number             {@code 记-2026-11-0001} once posted (numbered per period in posting order),
 *                           {@code null} for a draft
 * @param period             {@code 2026-11}
 * @param reversesVoucherId  the voucher this red-ink reversal (红字冲销) cancels
 * @param reversedByVoucherId the reversal that cancelled this voucher
 * @param totalDebit         Σ base debits, equal to {@code totalCredit}
 */
public record VoucherDto(long id, long companyId, String number, LocalDate date, String period, VoucherStatus status,
                         String description, String sourceType, String sourceRef, Long reversesVoucherId,
                         Long reversedByVoucherId, Money totalDebit, Money totalCredit, List<VoucherLineDto> lines,
                         String createdBy, Instant createdAt, String postedBy, Instant postedAt) {
    public VoucherDto {
        lines = List.copyOf(lines);
    }
}
