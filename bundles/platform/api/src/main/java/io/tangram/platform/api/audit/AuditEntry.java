package io.tangram.platform.api.audit;

import java.time.Instant;

/**
 * One recorded change: who did what to which record, when, through which module.
 *
 * @param action     verb such as {@code create}, {@code update}, {@code delete}, {@code post}
 * @param entityType business name of the record, e.g. {@code party}
 * @param details    short description or JSON of what changed
 */
public record AuditEntry(long id, Instant at, String actor, String module, String action, String entityType,
                         String entityId, String details) {
}
