package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;

/** What finance sends to the OA approval workflow for one supplier payment. */
public record PaymentApprovalRequest(long paymentId, long companyId, String paymentNumber, long partyId,
                                     LocalDate date, Money amount, String reference, String requestedBy) {
}
