package io.tangram.oa.impl.approval;

import java.time.LocalDate;

/**
 * An approver away (委托代批): from {@code from} to {@code to} (inclusive) the delegate approves for
 * the delegator. {@code delegator} defaults to the caller; {@code documentType} limits it to one type.
 */
public record DelegationInput(Long companyId, String delegator, String delegate, LocalDate from, LocalDate to,
                              String documentType) {
}
