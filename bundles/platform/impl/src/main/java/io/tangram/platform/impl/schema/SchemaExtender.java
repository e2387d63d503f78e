package io.tangram.platform.impl.schema;

import io.tangram.platform.api.schema.SchemaReady;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the migrations of every bundle that declares {@code Tangram-Migrations}, one bundle at a
 * time, when it starts, then registers {@link SchemaReady} for its module until the bundle stops.
 * Stopping or uninstalling a module never touches its tables.
 */
@Component(immediate = true)
public class SchemaExtender {

    public static final String MODULE_HEADER = "Tangram-Module";
    public static final String MIGRATIONS_HEADER = "Tangram-Migrations";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final BundleContext context;
    private final MigrationRunner runner;
    private final ExecutorService executor;
    private final BundleTracker<ServiceRegistration<SchemaReady>> tracker;
    private final String database;

    @Activate
    public SchemaExtender(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource) throws Exception {
        this.context = context;
        this.runner = new MigrationRunner(dataSource);
        this.database = runner.database();
        this.executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "tangram-schema-migrations"));
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public ServiceRegistration<SchemaReady> addingBundle(Bundle bundle, BundleEvent event) {
                String module = bundle.getHeaders("").get(MODULE_HEADER);
                String folder = bundle.getHeaders("").get(MIGRATIONS_HEADER);
                if (module == null || folder == null) {
                    return null;
                }
                return migrateAndAnnounce(bundle, module.strip(), folder.strip());
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ServiceRegistration<SchemaReady> registration) {
                unregister(registration);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        executor.shutdownNow();
    }

    private ServiceRegistration<SchemaReady> migrateAndAnnounce(Bundle bundle, String module, String folder) {
        try {
            List<Migration> migrations = migrationsOf(bundle, folder, database);
            int version = executor.submit(() -> runner.migrate(module, migrations)).get(10, TimeUnit.MINUTES);
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(SchemaReady.MODULE_PROPERTY, module);
            props.put("tangram.schema.version", version);
            LOG.info("Schema of module {} is at version {} ({})", module, version, database);
            return context.registerService(SchemaReady.class, new ReadySchema(module, version), props);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("Migrations of module {} were interrupted; its services stay unavailable", module, e);
        } catch (Exception e) {
            LOG.error("Migrations of module {} failed; its services stay unavailable until fixed", module, e);
        }
        return null;
    }

    private static void unregister(ServiceRegistration<SchemaReady> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            LOG.debug("SchemaReady was already unregistered", alreadyGone);
        }
    }

    /** The bundle's migrations for {@code database}, a database-specific file replacing the generic one. */
    static List<Migration> migrationsOf(Bundle bundle, String folder, String database) throws IOException {
        Enumeration<URL> entries = bundle.findEntries(folder, "V*.sql", false);
        Map<Integer, Migration> generic = new TreeMap<>();
        Map<Integer, Migration> specific = new TreeMap<>();
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            Migration.FileName file = Migration.parseFileName(name);
            if (file == null) {
                throw new MigrationException("Not a migration file name: " + name + " (expected V<n>__<description>.sql)");
            }
            if (file.database() != null && !file.database().equals(database)) {
                continue;
            }
            Migration migration = new Migration(file.version(), file.description(), read(url));
            Map<Integer, Migration> target = file.database() == null ? generic : specific;
            if (target.put(file.version(), migration) != null) {
                throw new MigrationException("Two migrations with version " + file.version() + " in " + bundle.getSymbolicName());
            }
        }
        generic.putAll(specific);
        List<Migration> sorted = new ArrayList<>(generic.values());
        sorted.sort(Comparator.comparingInt(Migration::version));
        return sorted;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private record ReadySchema(String module, int version) implements SchemaReady {
    }
}
