package io.tangram.finance.api.arap;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Receipts from customers and payments to suppliers. A receipt posts at once (Dr bank / Cr
 * receivable). A supplier payment is paid only once approved (先审批、后付款): draft → approved →
 * posted (Dr payable / Cr bank). When OA is installed and defines a process for
 * {@code finance.supplier-payment}, new payments are submitted to its workflow, finance applies the
 * outcome from OA's durable {@code tangram/oa/ApprovalDecided} event, and approval by a finance
 * user is refused; otherwise a user with {@code finance.payment.approve} approves.
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
