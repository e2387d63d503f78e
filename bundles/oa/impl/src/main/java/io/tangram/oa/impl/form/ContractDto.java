package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A contract approval; {@code checks} says when the document could not be checked. */
public record ContractDto(long id, long companyId, String number, String requester, String counterparty,
                          String contractNumber, String category, BigDecimal value, String currency,
                          LocalDate startDate, LocalDate endDate, long documentId, Note checks, FormStatus status,
                          String approvalReference, String outcomeComment, String decidedBy, Instant decidedAt,
                          Instant submittedAt, Note approvalNote, Instant createdAt, Instant updatedAt)
        implements FormDocument {
}
