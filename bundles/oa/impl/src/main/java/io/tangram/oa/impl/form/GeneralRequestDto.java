package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.time.Instant;

/** A general request; {@code amount} and {@code currency} are {@code null} when none was given. */
public record GeneralRequestDto(long id, long companyId, String number, String requester, String title,
                                String category, String details, BigDecimal amount, String currency,
                                FormStatus status, String approvalReference, String outcomeComment, String decidedBy,
                                Instant decidedAt, Instant submittedAt, Note approvalNote, Instant createdAt,
                                Instant updatedAt) implements FormDocument {
}
