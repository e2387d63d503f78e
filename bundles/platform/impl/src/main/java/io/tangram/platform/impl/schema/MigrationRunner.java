package io.tangram.platform.impl.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a module's versioned migrations that are not yet recorded in {@code plat_schema_history},
 * each in a local transaction together with its history row. One mechanism for every module.
 */
public class MigrationRunner {

    static final String HISTORY_TABLE = "plat_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final DataSource dataSource;

    public MigrationRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code derby}, {@code postgresql} or the lower-case product name of the database. */
    public String database() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return databaseOf(c.getMetaData());
        }
    }

    static String databaseOf(DatabaseMetaData meta) throws SQLException {
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("derby")) {
            return "derby";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        return product.replaceAll("[^a-z]", "");
    }

    /**
     * Applies what is missing of {@code migrations} (sorted by version) for {@code module}.
     *
     * @return the highest version now applied
     * @throws MigrationException if a script fails or an applied script was changed since
     */
    public synchronized int migrate(String module, List<Migration> migrations) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ensureHistoryTable(c);
            Map<Integer, Long> applied = appliedChecksums(c, module);
            int highest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (Migration migration : migrations) {
                Long recorded = applied.get(migration.version());
                if (recorded != null) {
                    if (recorded != migration.checksum()) {
                        throw new MigrationException("Migration V" + migration.version() + " of module " + module
                                + " was changed after it was applied; add a new migration instead of editing it");
                    }
                    continue;
                }
                apply(c, module, migration);
                highest = Math.max(highest, migration.version());
            }
            return highest;
        }
    }

    private void apply(Connection c, String module, Migration migration) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : migration.statements()) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new MigrationException("Migration V" + migration.version() + " of module " + module
                            + " failed at: " + sql + " — " + e.getMessage(), e);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (module, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, module);
                ps.setInt(2, migration.version());
                ps.setString(3, migration.description());
                ps.setLong(4, migration.checksum());
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            c.commit();
            LOG.info("Applied migration V{} ({}) of module {}", migration.version(), migration.description(), module);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static Map<Integer, Long> appliedChecksums(Connection c, String module) throws SQLException {
        Map<Integer, Long> applied = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, checksum FROM " + HISTORY_TABLE + " WHERE module = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return applied;
    }

    private static void ensureHistoryTable(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String name = "derby".equals(databaseOf(meta)) ? HISTORY_TABLE.toUpperCase(Locale.ROOT) : HISTORY_TABLE;
        try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
            if (rs.next()) {
                return;
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + HISTORY_TABLE + " (module VARCHAR(64) NOT NULL, version INTEGER NOT NULL, "
                    + "description VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, applied_at TIMESTAMP NOT NULL, "
                    + "PRIMARY KEY (module, version))");
        } catch (SQLException e) {
            // another node or thread created it between the look-up and the create
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (!rs.next()) {
                    throw e;
                }
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }
}
