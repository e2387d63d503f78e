package io.tangram.oa.impl.approval;

import java.time.Instant;
import java.time.LocalDate;

/** A delegation; {@code documentType} {@code null} means every type. */
public record DelegationDto(long id, long companyId, String delegator, String delegate, LocalDate from, LocalDate to,
                            String documentType, boolean cancelled, String createdBy, Instant createdAt) {
}
