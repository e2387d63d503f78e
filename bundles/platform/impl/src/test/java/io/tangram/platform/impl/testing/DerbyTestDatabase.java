package io.tangram.platform.impl.testing;

import io.tangram.platform.api.tx.Transactions;
import io.tangram.platform.impl.schema.Migration;
import io.tangram.platform.impl.schema.MigrationRunner;
import io.tangram.platform.impl.tx.TransactionFailedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A fresh in-memory Derby database per test with a {@link Transactions} that behaves like the
 * container's JTA transactions on the Tangram datasource:
 * <ul>
 * <li>a transaction is bound to the current thread; each thread has its own, on its own connection;</li>
 * <li>{@code required} joins the thread's transaction or opens one (auto-commit off) that commits on
 *     return and rolls back when the work throws;</li>
 * <li>{@code requiresNew} suspends the thread's transaction and runs on a new connection;</li>
 * <li>{@link #dataSource()} hands out the thread's transactional connection, wrapped so that
 *     {@code close()} leaves it open and {@code commit()}, {@code rollback()} and
 *     {@code setAutoCommit(true)} are refused, as on an enlisted connection; outside a transaction it
 *     hands out an ordinary auto-commit connection.</li>
 * </ul>
 */
public final class DerbyTestDatabase implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final ExecutorService DROPPER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "derby-test-drop");
        thread.setDaemon(true);
        return thread;
    });

    static {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", "target/derby.log");
        }
        if (System.getProperty("derby.locks.waitTimeout") == null) {
            System.setProperty("derby.locks.waitTimeout", "10");
        }
    }

    private final String name;
    private final EmbeddedDataSource raw = new EmbeddedDataSource();
    private final ThreadLocal<Tx> current = new ThreadLocal<>();
    private final DataSource dataSource = new TransactionalDataSource();
    private final Transactions transactions = new ThreadTransactions();

    private DerbyTestDatabase(String prefix) {
        this.name = prefix + DATABASES.incrementAndGet();
        raw.setDatabaseName("memory:" + name);
        raw.setCreateDatabase("create");
    }

    /** An empty database. */
    public static DerbyTestDatabase empty(String prefix) {
        return new DerbyTestDatabase(prefix);
    }

    /** A database with the platform's own migrations applied through {@link MigrationRunner}. */
    public static DerbyTestDatabase withPlatformSchema(String prefix) throws SQLException, IOException {
        DerbyTestDatabase db = new DerbyTestDatabase(prefix);
        new MigrationRunner(db.dataSource).migrate("platform", platformMigrations());
        return db;
    }

    /**
     * A database with one module's migrations applied through {@link MigrationRunner}, read from a
     * source folder such as {@code src/main/resources/db/migration} (a module test's working
     * directory is its module). The platform's own tables are not created: module tests hand the
     * code under test a {@link RecordingAuditLog} and a {@link RecordingEventPublisher}.
     */
    public static DerbyTestDatabase withModuleSchema(String prefix, String module, Path migrationFolder)
            throws SQLException, IOException {
        DerbyTestDatabase db = new DerbyTestDatabase(prefix);
        new MigrationRunner(db.dataSource).migrate(module, migrationsIn(migrationFolder));
        return db;
    }

    /** The platform's migrations from {@code db/migration} on the class path, as Derby gets them. */
    public static List<Migration> platformMigrations() throws IOException {
        URL folder = DerbyTestDatabase.class.getClassLoader().getResource("db/migration");
        if (folder == null) {
            throw new IOException("db/migration is not on the class path");
        }
        try {
            return migrationsIn(Path.of(folder.toURI()));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** The migrations of a folder as Derby gets them: generic scripts, replaced by {@code __derby} variants. */
    public static List<Migration> migrationsIn(Path folder) throws IOException {
        Map<Integer, Migration> generic = new TreeMap<>();
        Map<Integer, Migration> derby = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Migration.FileName parsed = Migration.parseFileName(file.getFileName().toString());
                if (parsed == null || parsed.database() != null && !parsed.database().equals("derby")) {
                    continue;
                }
                Migration migration = new Migration(parsed.version(), parsed.description(),
                        Files.readString(file, StandardCharsets.UTF_8));
                (parsed.database() == null ? generic : derby).put(parsed.version(), migration);
            }
        }
        generic.putAll(derby);
        return List.copyOf(generic.values());
    }

    /** The datasource to hand to the code under test. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The transactions to hand to the code under test. */
    public Transactions transactions() {
        return transactions;
    }

    /** Whether the current thread runs in a transaction. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /** Runs an update or DDL statement, in the thread's transaction if there is one. */
    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args)) {
            ps.execute();
            return ps.getUpdateCount();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a query, each as the list of its column values. */
    public List<List<Object>> rows(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of a query's rows. */
    public List<Object> column(String sql, Object... args) {
        return rows(sql, args).stream().map(row -> row.get(0)).toList();
    }

    /** A query answering one number, such as {@code SELECT COUNT(*) ...}. */
    public long number(String sql, Object... args) {
        List<List<Object>> rows = rows(sql, args);
        if (rows.size() != 1 || !(rows.get(0).get(0) instanceof Number n)) {
            throw new IllegalStateException(sql + " answered " + rows + ", not one number");
        }
        return n.longValue();
    }

    /** Whether a table exists, by its (case-insensitive) name. */
    public boolean tableExists(String table) {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, table.toUpperCase(Locale.ROOT),
                        new String[] {"TABLE"})) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Drops the in-memory database, in the background: Derby takes half a second to shut a
     * database down, and nothing waits for it.
     */
    @Override
    public void close() {
        DROPPER.execute(this::drop);
    }

    private void drop() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName("memory:" + name);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("could not drop " + name, e);
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    /** One transaction: its connection and what runs after it commits. */
    private static final class Tx {
        final Connection connection;
        final List<Runnable> afterCommit = new ArrayList<>();

        Tx(Connection connection) {
            this.connection = connection;
        }
    }

    private final class ThreadTransactions implements Transactions {

        @Override
        public <T> T required(Callable<T> work) {
            if (current.get() == null) {
                return inNewTransaction(work);
            }
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new TransactionFailedException(e);
            }
        }

        @Override
        public <T> T requiresNew(Callable<T> work) {
            Tx suspended = current.get();
            current.remove();
            try {
                return inNewTransaction(work);
            } finally {
                if (suspended != null) {
                    current.set(suspended);
                }
            }
        }

        @Override
        public void afterCommit(Runnable action) {
            Tx tx = current.get();
            if (tx == null) {
                action.run();
            } else {
                tx.afterCommit.add(action);
            }
        }

        private <T> T inNewTransaction(Callable<T> work) {
            Tx tx;
            try {
                Connection c = raw.getConnection();
                c.setAutoCommit(false);
                tx = new Tx(c);
            } catch (SQLException e) {
                throw new TransactionFailedException(e);
            }
            current.set(tx);
            T result;
            try {
                try {
                    result = work.call();
                } catch (Throwable t) {
                    rollbackAfter(tx.connection, t);
                    if (t instanceof RuntimeException re) {
                        throw re;
                    }
                    if (t instanceof Error err) {
                        throw err;
                    }
                    throw new TransactionFailedException(t);
                }
                try {
                    tx.connection.commit();
                } catch (SQLException e) {
                    rollbackAfter(tx.connection, e);
                    throw new TransactionFailedException(e);
                }
            } finally {
                current.remove();
                try {
                    tx.connection.close();
                } catch (SQLException e) {
                    throw new TransactionFailedException(e);
                }
            }
            tx.afterCommit.forEach(Runnable::run);
            return result;
        }

        private static void rollbackAfter(Connection c, Throwable cause) {
            try {
                c.rollback();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private final class TransactionalDataSource implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            Tx tx = current.get();
            return tx == null ? raw.getConnection() : enlisted(tx.connection);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    /** A handle on the transaction's connection: closing it only closes the handle. */
    private static Connection enlisted(Connection connection) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean closed;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close":
                        closed = true;
                        return null;
                    case "isClosed":
                        return closed || connection.isClosed();
                    case "commit", "rollback":
                        throw new SQLException(method.getName() + " is not allowed on a connection of a managed transaction");
                    case "setAutoCommit":
                        if (Boolean.TRUE.equals(args[0])) {
                            throw new SQLException("auto-commit is not allowed on a connection of a managed transaction");
                        }
                        return null;
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "toString":
                        return "enlisted " + connection;
                    default:
                        if (closed) {
                            throw new SQLException("connection handle is closed");
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(DerbyTestDatabase.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }
}
