package io.tangram.finance.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A voucher (凭证) as entered.
 *
 * @param date       posting date; decides the fiscal period and the voucher number
 * @param sourceType document type that caused it ({@code GR}, {@code INV}, …), {@code null} for a manual voucher
 * @param sourceRef  that document's reference; (sourceType, sourceRef) is unique among posted vouchers,
 *                   so a source posts exactly once
 */
public record VoucherInput(Long companyId, LocalDate date, String description, List<VoucherLineInput> lines,
                           String sourceType, String sourceRef) {
}
