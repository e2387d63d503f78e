package io.tangram.oa.impl.form;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.ApprovalTopics;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.RecordingAuditLog;
import io.tangram.platform.impl.testing.RecordingEventPublisher;
import io.tangram.web.api.JsonText;

/** The four form services on a fresh OA database, stub approvals, numbers per prefix from 1, clock 2026-03-02. */
final class FormDesk implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    final DerbyTestDatabase db;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final StubApprovals approvals = new StubApprovals();
    final AtomicInteger numbered = new AtomicInteger();
    final DocumentNumbers numbers = (companyId, type, year) -> String.format("%s-%d-%06d", type, year,
            numbered.incrementAndGet());
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final LeaveRequestService leave;
    final ExpenseClaimService expenses;
    final GeneralRequestService requests;
    final ContractService contracts;
    final FormOutcomes outcomes;

    FormDesk() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("oa-forms", "oa", Path.of("src/main/resources/db/migration"));
        leave = new LeaveRequestService(db.dataSource(), db.transactions(), audit, events, approvals, numbers, clock);
        expenses = new ExpenseClaimService(db.dataSource(), db.transactions(), audit, events, approvals, numbers, clock);
        requests = new GeneralRequestService(db.dataSource(), db.transactions(), audit, events, approvals, numbers,
                clock);
        contracts = new ContractService(db.dataSource(), db.transactions(), audit, events, approvals, numbers, clock);
        outcomes = new FormOutcomes(leave, expenses, requests, contracts);
    }

    /** The engine's decision event as OA's approval workflow publishes it. */
    static DomainEvent decided(long outboxId, String reference, String documentType, long documentId, String number,
                               ApprovalStatus outcome, String decidedBy, String comment) {
        String payload = JsonText.object("reference", reference, "documentType", documentType, "documentId",
                String.valueOf(documentId), "documentNumber", number, "outcome", outcome, "decidedBy", decidedBy,
                "comment", comment, "requester", "li.na");
        return new DomainEvent(outboxId, ApprovalTopics.APPROVAL_DECIDED, 1, reference, payload, NOW, "oa");
    }

    @Override
    public void close() {
        db.close();
    }
}
