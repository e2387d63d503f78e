package io.tangram.platform.impl.testing;

import io.tangram.platform.api.audit.AuditEntry;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.audit.AuditQuery;
import io.tangram.platform.api.security.CallContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An audit log for module service tests: keeps {@code module action entityType entityId} of every
 * record, in order, with the acting user, so a test can assert that a change was audited.
 */
public final class RecordingAuditLog implements AuditLog {

    /** One recorded change. */
    public record Recorded(String actor, String module, String action, String entityType, String entityId,
                           String details) {
        /** {@code action entityType entityId}, the short form tests compare. */
        public String brief() {
            return action + " " + entityType + " " + entityId;
        }
    }

    private final List<Recorded> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(String module, String action, String entityType, String entityId, String details) {
        records.add(new Recorded(CallContext.actorName(), module, action, entityType, entityId, details));
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        throw new UnsupportedOperationException("module tests read records() instead");
    }

    /** Every record so far, oldest first. */
    public List<Recorded> records() {
        return List.copyOf(records);
    }

    /** {@link Recorded#brief()} of every record so far. */
    public List<String> briefs() {
        return records.stream().map(Recorded::brief).toList();
    }
}
