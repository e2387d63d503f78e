package io.tangram.platform.api.audit;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The suite's audit trail. Every change a module makes is recorded here in the same transaction as
 * the change, with the acting user taken from {@link io.tangram.platform.api.security.CallContext}.
 */
@ProviderType
public interface AuditLog {

    void record(String module, String action, String entityType, String entityId, String details);

    List<AuditEntry> find(AuditQuery query);
}
