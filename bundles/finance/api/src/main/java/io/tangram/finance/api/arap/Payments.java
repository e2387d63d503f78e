package io.tangram.finance.api.arap;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Receipts from customers and payments to suppliers. A receipt posts at once (Dr bank / Cr
 * receivable). A supplier payment is paid only once approved (先审批、后付款): draft → approved →
 * posted (Dr payable / Cr bank). When an OA approval service ({@link PaymentApprovals}) is present,
 * new payments are submitted there and approval by a finance user is refused.
 */
@ProviderType
public interface Payments {

    /**
     * Enters a receipt (posted at once) or a supplier payment (a draft, or submitted to OA when present).
     *
     * @throws io.tangram.platform.api.error.ValidationException naming the bad field ({@code allocations[1].amount})
     * @throws io.tangram.platform.api.error.ConflictException if an allocation exceeds an invoice's open amount
     */
    PaymentDto create(PaymentInput input);

    /** Submits a draft payment entered before OA was installed to the OA approval workflow. */
    PaymentDto submit(long id);

    /**
     * Approves a draft supplier payment as the current user.
     *
     * @throws io.tangram.platform.api.error.ConflictException if approval runs in OA, or it is not a draft payment
     */
    PaymentDto approve(long id);

    /**
     * The OA workflow's decision on a submitted payment: approved, or sent back to draft with a reason.
     * Called by the OA module, not by users.
     */
    PaymentDto decide(long id, boolean approved, String approver, String comment);

    /**
     * Posts an approved supplier payment.
     *
     * @throws io.tangram.platform.api.error.ConflictException unless approved, or if an allocation now
     *         exceeds an invoice's open amount
     */
    PaymentDto post(long id);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such receipt or payment */
    PaymentDto get(long id);

    /** Newest date first. */
    Page<PaymentDto> search(long companyId, PaymentQuery query, PageRequest page);
}
