package io.tangram.platform.impl.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.platform.api.tx.Transactions;
import io.tangram.platform.impl.tx.TransactionFailedException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test database's transactions behave like the container's, or the other tests prove nothing. */
class DerbyTestDatabaseTest {

    private DerbyTestDatabase db;
    private Transactions tx;

    @BeforeEach
    void setUp() {
        db = DerbyTestDatabase.empty("fake");
        tx = db.transactions();
        db.update("CREATE TABLE a (x INTEGER)");
        db.update("CREATE TABLE b (x INTEGER)");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void requiredJoinsAndRollsBackAsOne() {
        assertThrows(IllegalStateException.class, () -> tx.required(() -> {
            db.update("INSERT INTO a VALUES (1)");
            tx.required(() -> db.update("INSERT INTO a VALUES (2)"));
            assertEquals(2, db.number("SELECT COUNT(*) FROM a"));
            throw new IllegalStateException("abort");
        }));

        assertEquals(0, db.number("SELECT COUNT(*) FROM a"));
        tx.required(() -> db.update("INSERT INTO a VALUES (3)"));
        assertEquals(List.of(3), db.column("SELECT x FROM a"));
    }

    @Test
    void requiresNewCommitsOnItsOwn() {
        assertThrows(IllegalStateException.class, () -> tx.required(() -> {
            db.update("INSERT INTO a VALUES (1)");
            tx.requiresNew(() -> db.update("INSERT INTO b VALUES (1)"));
            assertTrue(db.inTransaction(), "the outer transaction is resumed");
            throw new IllegalStateException("abort");
        }));

        assertEquals(0, db.number("SELECT COUNT(*) FROM a"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM b"));
        assertFalse(db.inTransaction());
    }

    @Test
    void closingAHandleKeepsTheTransactionAndCommitIsRefused() {
        tx.required(() -> {
            Connection first = db.dataSource().getConnection();
            first.close();
            assertTrue(first.isClosed());
            try (Connection second = db.dataSource().getConnection()) {
                assertFalse(second.isClosed());
                assertFalse(second.getAutoCommit());
                assertThrows(SQLException.class, second::commit);
                assertThrows(SQLException.class, () -> second.setAutoCommit(true));
            }
            return null;
        });
    }

    @Test
    void afterCommitRunsOnlyAfterACommit() {
        List<String> ran = new ArrayList<>();
        tx.afterCommit(() -> ran.add("outside"));
        assertThrows(IllegalStateException.class, () -> tx.required(() -> {
            tx.afterCommit(() -> ran.add("rolled back"));
            throw new IllegalStateException("abort");
        }));
        tx.required(() -> {
            tx.afterCommit(() -> ran.add("committed"));
            assertEquals(List.of("outside"), ran);
            return null;
        });

        assertEquals(List.of("outside", "committed"), ran);
    }

    @Test
    void checkedExceptionsAreWrappedAndRollBack() {
        TransactionFailedException e = assertThrows(TransactionFailedException.class, () -> tx.required(() -> {
            db.update("INSERT INTO a VALUES (1)");
            throw new IOException("disk");
        }));

        assertInstanceOf(IOException.class, e.getCause());
        assertEquals(0, db.number("SELECT COUNT(*) FROM a"));
    }

    @Test
    void eachThreadHasItsOwnTransaction() throws Exception {
        AtomicBoolean otherInTransaction = new AtomicBoolean(true);
        tx.required(() -> {
            db.update("INSERT INTO a VALUES (1)");
            Thread other = new Thread(() -> otherInTransaction.set(db.inTransaction()));
            other.start();
            other.join();
            return null;
        });
        assertFalse(otherInTransaction.get());
        Thread writer = new Thread(() -> tx.required(() -> db.update("INSERT INTO b VALUES (2)")));
        writer.start();
        writer.join();

        assertEquals(List.of(2), db.column("SELECT x FROM b"));
    }
}
