package io.tangram.platform.api.audit;

import java.time.Instant;

/** Filter for the audit log; {@code null} fields match everything. Newest entries first. */
public record AuditQuery(String actor, String module, String entityType, String entityId, Instant from,
                         Instant to, int offset, int limit) {

    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, null, 0, limit);
    }
}
