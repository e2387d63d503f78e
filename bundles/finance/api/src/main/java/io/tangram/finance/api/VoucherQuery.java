package io.tangram.finance.api;

import java.time.LocalDate;

/** Filters of a voucher search; {@code null} means any. {@code q} matches number, description or source reference. */
public record VoucherQuery(LocalDate from, LocalDate to, VoucherStatus status, String accountCode, String sourceType,
                           String q) {
}
