package io.tangram.finance.api.arap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A receipt from a customer or a payment to a supplier. The whole amount must be allocated to open
 * invoices of the party: advances (预收/预付账款) are not taken here.
 *
 * @param companyId        {@code null} for the default company
 * @param date             value date; decides the voucher's period
 * @param amount           more than zero, in the company currency
 * @param bankAccountCode  the bank or cash account; the configured bank account (1002) when blank
 * @param reference        bank reference or cheque number, optional
 */
public record PaymentInput(Long companyId, PaymentKind kind, Long partyId, LocalDate date, BigDecimal amount,
                           String bankAccountCode, String reference, List<AllocationInput> allocations) {
}
