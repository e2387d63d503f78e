package io.tangram.finance.api.arap;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The approval workflow for supplier payments, provided by the OA module when it is installed.
 * Finance submits each new payment here and waits for {@link Payments#decide}; while no such
 * service is present, finance users with {@code finance.payment.approve} approve payments themselves.
 */
@ConsumerType
public interface PaymentApprovals {

    /**
     * Starts the approval of a payment.
     *
     * @return the OA reference of the approval request, shown on the payment
     */
    String submit(PaymentApprovalRequest request);
}
