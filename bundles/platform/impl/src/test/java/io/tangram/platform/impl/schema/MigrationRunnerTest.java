package io.tangram.platform.impl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.platform.impl.testing.DerbyTestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migration runner against in-memory Derby. */
class MigrationRunnerTest {

    private static final Migration V1 = new Migration(1, "create orders", """
            -- Orders
            CREATE TABLE so_order (
              id BIGINT NOT NULL PRIMARY KEY,
              note VARCHAR(100)
            );
            INSERT INTO so_order (id, note) VALUES (1, 'seed');
            """);
    private static final Migration V2 = new Migration(2, "add status", """
            ALTER TABLE so_order ADD COLUMN status VARCHAR(16);
            UPDATE so_order SET status = 'open';
            """);
    private static final Migration V3 = new Migration(3, "create lines", """
            CREATE TABLE so_line (order_id BIGINT NOT NULL REFERENCES so_order (id), line_no INTEGER NOT NULL);
            """);

    private DerbyTestDatabase db;
    private MigrationRunner runner;

    @BeforeEach
    void setUp() {
        db = DerbyTestDatabase.empty("migrations");
        runner = new MigrationRunner(db.dataSource());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<List<Object>> history(String module) {
        return db.rows("SELECT version, description, checksum FROM plat_schema_history WHERE module = ? ORDER BY version",
                module);
    }

    @Test
    void appliesEveryVersionInOrderAndRecordsIt() throws Exception {
        assertEquals(2, runner.migrate("sales", List.of(V1, V2)));

        assertEquals(List.of(List.of(1L, "seed", "open")), db.rows("SELECT id, note, status FROM so_order"));
        assertEquals(List.of(List.of(1, "create orders", V1.checksum()), List.of(2, "add status", V2.checksum())),
                history("sales"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM plat_schema_history WHERE applied_at IS NULL"));
    }

    @Test
    void aSecondRunAppliesNothingAndALaterOneOnlyWhatIsNew() throws Exception {
        runner.migrate("sales", List.of(V1, V2));

        assertEquals(2, runner.migrate("sales", List.of(V1, V2)));
        assertEquals(1, db.number("SELECT COUNT(*) FROM so_order"), "the seed row was not inserted twice");
        assertEquals(2, history("sales").size());

        assertEquals(3, runner.migrate("sales", List.of(V1, V2, V3)));
        assertEquals(List.of(1, 2, 3), history("sales").stream().map(row -> row.get(0)).toList());
        assertTrue(db.tableExists("so_line"));
    }

    @Test
    void modulesHaveTheirOwnVersions() throws Exception {
        runner.migrate("sales", List.of(V1));
        Migration otherV1 = new Migration(1, "create items", "CREATE TABLE inv_item (id BIGINT NOT NULL PRIMARY KEY);");

        assertEquals(1, runner.migrate("inventory", List.of(otherV1)));

        assertTrue(db.tableExists("inv_item"));
        assertEquals(List.of(List.of(1, "create items", otherV1.checksum())), history("inventory"));
        assertEquals(List.of(List.of(1, "create orders", V1.checksum())), history("sales"));
    }

    @Test
    void aFailingMigrationRollsBackAndRecordsNothing() throws Exception {
        Migration broken = new Migration(2, "broken", """
                CREATE TABLE so_extra (id BIGINT NOT NULL PRIMARY KEY);
                INSERT INTO so_order (id, note) VALUES (2, 'written before the failure');
                INSERT INTO no_such_table (id) VALUES (1);
                """);

        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("sales", List.of(V1, broken, V3)));

        assertTrue(e.getMessage().contains("V2") && e.getMessage().contains("sales")
                && e.getMessage().contains("no_such_table"), e.getMessage());
        assertFalse(db.tableExists("so_extra"), "the migration's DDL was rolled back");
        assertEquals(List.of(1L), db.column("SELECT id FROM so_order"), "the migration's insert was rolled back");
        assertFalse(db.tableExists("so_line"), "nothing after the failing version ran");
        assertEquals(List.of(1), history("sales").stream().map(row -> row.get(0)).toList());

        assertEquals(3, runner.migrate("sales", List.of(V1, V2, V3)), "the fixed migration applies");
        assertEquals(List.of(1, 2, 3), history("sales").stream().map(row -> row.get(0)).toList());
    }

    @Test
    void anAppliedMigrationWhoseScriptChangedIsRefused() throws Exception {
        runner.migrate("sales", List.of(V1));
        Migration edited = new Migration(1, "create orders", V1.script().replace("VARCHAR(100)", "VARCHAR(200)"));

        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("sales", List.of(edited, V2)));

        assertTrue(e.getMessage().contains("V1") && e.getMessage().contains("changed"), e.getMessage());
        assertEquals(List.of(List.of(1, "create orders", V1.checksum())), history("sales"), "V2 was not applied");
        assertEquals(0, db.number("SELECT COUNT(*) FROM SYS.SYSCOLUMNS WHERE COLUMNNAME = 'STATUS'"));
    }

    @Test
    void detectsTheDatabase() throws Exception {
        assertEquals("derby", runner.database());
    }

    @Test
    void thePlatformsOwnMigrationsApplyOnDerby() throws Exception {
        List<Migration> platform = DerbyTestDatabase.platformMigrations();
        assertFalse(platform.isEmpty());

        int version = runner.migrate("platform", platform);

        assertEquals(platform.get(platform.size() - 1).version(), version);
        for (String table : List.of("plat_outbox", "plat_outbox_seq", "plat_event_cursor", "plat_event_failure",
                "plat_audit", "plat_doc_sequence", "plat_user", "plat_role")) {
            assertTrue(db.tableExists(table), table);
        }
        assertNotNull(db.rows("SELECT last_id FROM plat_outbox_seq WHERE name = 'outbox'").get(0).get(0));
        assertEquals(version, runner.migrate("platform", platform));
    }
}
