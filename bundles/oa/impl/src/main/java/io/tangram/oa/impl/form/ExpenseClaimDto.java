package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An expense claim with its lines and total; {@code checks} says which checks were skipped because
 * the module doing them is not installed.
 */
public record ExpenseClaimDto(long id, long companyId, String number, String requester, String purpose,
                              String currency, long payeePartyId, String costCentre, BigDecimal total,
                              List<Line> lines, Note checks, FormStatus status, String approvalReference,
                              String outcomeComment, String decidedBy, Instant decidedAt, Instant submittedAt,
                              Note approvalNote, Instant createdAt, Instant updatedAt) implements FormDocument {

    public ExpenseClaimDto {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One expense of the claim, numbered from 1; {@code costCentre} as booked (the claim's by default). */
    public record Line(int lineNo, ExpenseCategory category, LocalDate date, String description, BigDecimal amount,
                       Long receiptDocumentId, String costCentre) {
    }
}
