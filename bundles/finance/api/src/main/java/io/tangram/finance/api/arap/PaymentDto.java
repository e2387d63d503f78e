package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A receipt or payment with its allocations.
 *
 * @param number        {@code RC-2026-000001} (receipt) or {@code PY-2026-000001} (payment)
 * @param approvalRef   the OA approval request it was submitted as, if any
 * @param approvedBy    who approved a supplier payment (a user with {@code finance.payment.approve}, or the OA approver)
 * @param approvalNote  the approver's comment, or why the OA workflow sent it back
 */
public record PaymentDto(long id, long companyId, PaymentKind kind, String number, PaymentStatus status, long partyId,
                         LocalDate date, Money amount, String bankAccountCode, String reference,
                         List<AllocationDto> allocations, String approvalRef, String approvedBy, Instant approvedAt,
                         String approvalNote, Long voucherId, String voucherNumber, String createdBy,
                         Instant createdAt, String postedBy, Instant postedAt) {
    public PaymentDto {
        allocations = List.copyOf(allocations);
    }
}
