package io.tangram.platform.api.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.i18n.Text;

/**
 * Plain JDBC on the Tangram datasource. Connections taken inside a JTA transaction are enlisted in
 * it, so every statement of a unit of work commits or rolls back together.
 */
public final class Sql {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        List<T> rows = list(sql, row, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs an UPDATE or DELETE; returns the number of rows it changed. */
    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateKeyException(e);
            }
            throw new IllegalStateException("update failed: " + sql, e);
        }
    }

    /** Runs an INSERT into a table with an identity column and returns the new id. */
    public long insert(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateKeyException(e);
            }
            throw new IllegalStateException("insert failed: " + sql, e);
        }
    }

    /** A unique key was violated: someone else stored the same key meanwhile. */
    public static final class DuplicateKeyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DuplicateKeyException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        /** The same failure as a business conflict for the caller. */
        public ConflictException asConflict(Text text) {
            ConflictException conflict = new ConflictException(text);
            conflict.initCause(this);
            return conflict;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int n = i + 1;
            if (a == null) {
                ps.setNull(n, Types.VARCHAR);
            } else if (a instanceof Null typed) {
                ps.setNull(n, typed.sqlType());
            } else if (a instanceof Instant instant) {
                ps.setTimestamp(n, Timestamp.from(instant));
            } else if (a instanceof LocalDate date) {
                ps.setDate(n, Date.valueOf(date));
            } else if (a instanceof Enum<?> e) {
                ps.setString(n, e.name());
            } else if (a instanceof BigDecimal d) {
                ps.setBigDecimal(n, d);
            } else if (a instanceof Boolean b) {
                ps.setBoolean(n, b);
            } else {
                ps.setObject(n, a);
            }
        }
    }

    /** A typed SQL NULL, for drivers that need the type (PostgreSQL for numbers and dates). */
    public record Null(int sqlType) {
        public static final Null BIGINT = new Null(Types.BIGINT);
        public static final Null DECIMAL = new Null(Types.DECIMAL);
        public static final Null DATE = new Null(Types.DATE);
        public static final Null TIMESTAMP = new Null(Types.TIMESTAMP);
        public static final Null VARCHAR = new Null(Types.VARCHAR);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** {@code value}, or a typed NULL for a missing Long. */
    public static Object orNull(Long value) {
        return value == null ? Null.BIGINT : value;
    }

    public static Object orNull(BigDecimal value) {
        return value == null ? Null.DECIMAL : value;
    }

    public static Object orNull(LocalDate value) {
        return value == null ? Null.DATE : value;
    }
}
