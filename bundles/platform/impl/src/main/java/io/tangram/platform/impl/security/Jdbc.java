package io.tangram.platform.impl.security;

import io.tangram.platform.api.tx.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs JDBC work on the Tangram datasource inside a platform transaction. */
final class Jdbc {

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    /** A database failure, wrapping the driver's {@link SQLException}. */
    static final class DatabaseException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DatabaseException(SQLException cause) {
            super("database error: " + cause.getMessage(), cause);
        }
    }

    private final DataSource dataSource;
    private final Transactions transactions;

    Jdbc(DataSource dataSource, Transactions transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    <T> T required(Work<T> work) {
        return transactions.required(() -> run(work));
    }

    <T> T requiresNew(Work<T> work) {
        return transactions.requiresNew(() -> run(work));
    }

    private <T> T run(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }
}
