package io.tangram.platform.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Small JDBC conveniences shared by the platform's stores. */
public final class Jdbc {

    /** SQLState of a unique or primary key violation on Derby and PostgreSQL. */
    public static final String DUPLICATE_KEY = "23505";

    private Jdbc() {
    }

    /** Appends {@code AND condition} with its argument when {@code value} is not null. */
    public static void where(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
    }

    public static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }
}
