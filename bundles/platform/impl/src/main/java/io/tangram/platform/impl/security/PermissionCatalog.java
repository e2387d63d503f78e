package io.tangram.platform.impl.security;

import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;
import io.tangram.platform.api.tx.Transactions;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the permissions of every {@link PermissionProvider} (whiteboard) in {@code plat_permission}
 * as it appears. Rows stay when the provider goes, so roles can still be edited.
 */
@Component(service = {}, immediate = true)
public final class PermissionCatalog {

    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PermissionCatalog.class);

    private final Jdbc jdbc;
    private final Clock clock;

    @Activate
    public PermissionCatalog(@Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                             @Reference Transactions transactions,
                             @Reference(target = "(tangram.module=platform)") SchemaReady schema) {
        this(dataSource, transactions, Clock.systemUTC());
    }

    PermissionCatalog(DataSource dataSource, Transactions transactions, Clock clock) {
        this.jdbc = new Jdbc(dataSource, transactions);
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(PermissionProvider provider) {
        declare(provider);
    }

    void removeProvider(PermissionProvider provider) {
        LOG.debug("Permission provider {} left; its permissions stay declared", provider.getClass().getName());
    }

    /** Upserts the provider's permissions; returns how many rows were added or changed. */
    int declare(PermissionProvider provider) {
        String source = provider.getClass().getName();
        List<Permission> permissions;
        try {
            permissions = List.copyOf(provider.permissions());
        } catch (RuntimeException e) {
            LOG.error("Permission provider {} failed to list its permissions; none recorded", source, e);
            return 0;
        }
        List<Permission> storable = permissions.stream().filter(p -> storable(p, source)).toList();
        try {
            return upsert(storable);
        } catch (Jdbc.DatabaseException e) {
            if (!SecurityStore.isDuplicateKey(e)) {
                LOG.error("Could not record the permissions of {}", source, e);
                return 0;
            }
            return upsert(storable);
        }
    }

    private int upsert(List<Permission> permissions) {
        return jdbc.requiresNew(c -> {
            int changed = 0;
            for (Permission p : permissions) {
                if (SecurityStore.upsertPermission(c, p, clock.instant())) {
                    changed++;
                }
            }
            return changed;
        });
    }

    private static boolean storable(Permission p, String source) {
        boolean ok = p.name().length() <= MAX_NAME && p.description().en().length() <= MAX_DESCRIPTION
                && p.description().zh().length() <= MAX_DESCRIPTION;
        if (!ok) {
            LOG.error("Permission {} of {} is skipped: name over {} or description over {} characters",
                    p.name(), source, MAX_NAME, MAX_DESCRIPTION);
        }
        return ok;
    }
}
