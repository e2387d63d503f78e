package io.tangram.platform.impl.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.platform.api.audit.AuditEntry;
import io.tangram.platform.api.audit.AuditQuery;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail in {@code plat_audit} against in-memory Derby. */
class JdbcAuditLogTest {

    private static final Caller CLERK = new Caller("li.wei", Set.of("clerk"), Set.of("sales.*"));

    private DerbyTestDatabase db;
    private JdbcAuditLog audit;

    @BeforeEach
    void setUp() throws Exception {
        db = DerbyTestDatabase.withPlatformSchema("audit");
        audit = new JdbcAuditLog(db.dataSource(), db.transactions(), null);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void recordAs(Caller caller, String module, String action, String entityType, String entityId)
            throws Exception {
        CallContext.runAs(caller, () -> {
            audit.record(module, action, entityType, entityId, action + " " + entityType + " " + entityId);
            return null;
        });
    }

    private static List<String> ids(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::entityId).toList();
    }

    @Test
    void recordsTheActingUserAndFindsNewestFirst() throws Exception {
        Instant before = Instant.now();
        recordAs(CLERK, "sales", "create", "order", "SO-1");
        recordAs(Caller.console("karaf"), "masterdata", "update", "party", "42");
        audit.record("platform", "lock", "user", "bob", null);

        List<AuditEntry> entries = audit.find(AuditQuery.all(10));

        assertEquals(List.of("bob", "42", "SO-1"), ids(entries));
        assertEquals(List.of("system", "console:karaf", "li.wei"), entries.stream().map(AuditEntry::actor).toList());
        AuditEntry oldest = entries.get(2);
        assertEquals("sales", oldest.module());
        assertEquals("create", oldest.action());
        assertEquals("order", oldest.entityType());
        assertEquals("create order SO-1", oldest.details());
        assertTrue(!oldest.at().isBefore(before.minusMillis(1)) && !oldest.at().isAfter(Instant.now()), oldest.at().toString());
        assertTrue(entries.get(0).id() > entries.get(1).id() && entries.get(1).id() > entries.get(2).id());
    }

    @Test
    void filtersCombine() throws Exception {
        recordAs(CLERK, "sales", "create", "order", "SO-1");
        recordAs(CLERK, "sales", "update", "order", "SO-1");
        recordAs(CLERK, "sales", "create", "quote", "QU-1");
        recordAs(Caller.console("karaf"), "sales", "delete", "order", "SO-1");
        recordAs(CLERK, "masterdata", "create", "party", "SO-1");

        assertEquals(List.of("create party SO-1", "create quote QU-1", "update order SO-1", "create order SO-1"),
                audit.find(new AuditQuery("li.wei", null, null, null, null, null, 0, 10)).stream()
                        .map(AuditEntry::details).toList());
        assertEquals(List.of("delete", "update", "create"),
                audit.find(new AuditQuery(null, "sales", "order", "SO-1", null, null, 0, 10)).stream()
                        .map(AuditEntry::action).toList());
        assertEquals(List.of("update", "create"),
                audit.find(new AuditQuery("li.wei", "sales", "order", "SO-1", null, null, 0, 10)).stream()
                        .map(AuditEntry::action).toList());
        assertEquals(List.of(), audit.find(new AuditQuery("nobody", null, null, null, null, null, 0, 10)));
    }

    @Test
    void timeRangeIncludesFromAndExcludesTo() throws Exception {
        for (String id : List.of("a", "b", "c", "d")) {
            recordAs(CLERK, "sales", "create", "order", id);
        }
        Instant noon = Instant.parse("2026-03-01T12:00:00Z");
        db.update("UPDATE plat_audit SET occurred_at = ? WHERE entity_id = 'a'", Timestamp.from(noon.minusSeconds(1)));
        db.update("UPDATE plat_audit SET occurred_at = ? WHERE entity_id = 'b'", Timestamp.from(noon));
        db.update("UPDATE plat_audit SET occurred_at = ? WHERE entity_id = 'c'", Timestamp.from(noon.plusSeconds(3599)));
        db.update("UPDATE plat_audit SET occurred_at = ? WHERE entity_id = 'd'", Timestamp.from(noon.plusSeconds(3600)));

        List<AuditEntry> hour = audit.find(new AuditQuery(null, null, null, null, noon, noon.plusSeconds(3600), 0, 10));

        assertEquals(List.of("c", "b"), ids(hour));
        assertEquals(noon, hour.get(1).at());
        assertEquals(List.of("d", "c", "b"), ids(audit.find(new AuditQuery(null, null, null, null, noon, null, 0, 10))));
        assertEquals(List.of("a"), ids(audit.find(new AuditQuery(null, null, null, null, null, noon, 0, 10))));
    }

    @Test
    void pagesThroughNewestFirst() throws Exception {
        for (int i = 1; i <= 7; i++) {
            recordAs(CLERK, "sales", "create", "order", "SO-" + i);
        }

        assertEquals(List.of("SO-7", "SO-6", "SO-5"), ids(audit.find(new AuditQuery(null, null, null, null, null, null, 0, 3))));
        assertEquals(List.of("SO-4", "SO-3", "SO-2"), ids(audit.find(new AuditQuery(null, null, null, null, null, null, 3, 3))));
        assertEquals(List.of("SO-1"), ids(audit.find(new AuditQuery(null, null, null, null, null, null, 6, 3))));
        assertEquals(List.of(), audit.find(new AuditQuery(null, null, null, null, null, null, 7, 3)));
        assertEquals(List.of("SO-7", "SO-6"), ids(audit.find(new AuditQuery(null, null, null, null, null, null, -5, 2))),
                "a negative offset starts at the newest");
    }

    @Test
    void withoutALimitAPageHoldsFifty() throws Exception {
        for (int i = 1; i <= 55; i++) {
            audit.record("sales", "create", "order", "SO-" + i, null);
        }

        List<AuditEntry> page = audit.find(new AuditQuery(null, null, null, null, null, null, 0, 0));

        assertEquals(50, page.size());
        assertEquals("SO-55", page.get(0).entityId());
    }

    @Test
    void longDetailsAreCutToTheColumn() {
        audit.record("sales", "import", "order", "SO-1", "x".repeat(5000));
        audit.record("sales", "import", "order", "SO-2", "y".repeat(4000));

        List<AuditEntry> entries = audit.find(AuditQuery.all(10));

        assertEquals("y".repeat(4000), entries.get(0).details());
        assertEquals("x".repeat(3999) + "…", entries.get(1).details());
    }

    @Test
    void theEntryCommitsOrRollsBackWithTheChange() throws Exception {
        assertThrows(IllegalStateException.class, () -> CallContext.runAs(CLERK, () -> db.transactions().required(() -> {
            audit.record("sales", "post", "order", "SO-1", null);
            throw new IllegalStateException("period closed");
        })));
        assertEquals(List.of(), audit.find(AuditQuery.all(10)));

        CallContext.runAs(CLERK, () -> db.transactions().required(() -> {
            audit.record("sales", "post", "order", "SO-1", null);
            assertEquals(1, audit.find(AuditQuery.all(10)).size(), "visible in its own transaction");
            return null;
        }));
        assertEquals(List.of("SO-1"), ids(audit.find(AuditQuery.all(10))));
    }
}
