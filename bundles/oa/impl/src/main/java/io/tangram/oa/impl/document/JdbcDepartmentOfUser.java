package io.tangram.oa.impl.document;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/**
 * Department membership from OA's {@code oa_user_department} table. While that table does not exist
 * (its migration is not applied) every user is in no department, so department grants give nothing;
 * the table's existence is looked up in the database's metadata, never by a failing query, which
 * would spoil the caller's transaction on PostgreSQL.
 */
@Component(service = DepartmentOfUser.class)
public class JdbcDepartmentOfUser implements DepartmentOfUser {
    static final String TABLE = "oa_user_department";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDepartmentOfUser.class);

    private final DataSource dataSource;
    private final Sql sql;
    private volatile boolean tableSeen;
    private volatile boolean missingReported;

    @Activate
    public JdbcDepartmentOfUser(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                                @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource) {
        this(dataSource);
    }

    /** For tests. */
    JdbcDepartmentOfUser(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
    }

    @Override
    public Set<String> departments(long companyId, String username) {
        if (username == null || !tableExists()) {
            return Set.of();
        }
        return new LinkedHashSet<>(sql.list("SELECT department_code FROM " + TABLE
                + " WHERE company_id = ? AND username = ? ORDER BY department_code", rs -> rs.getString(1), companyId,
                username));
    }

    private boolean tableExists() {
        if (tableSeen) {
            return true;
        }
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            tableSeen = has(meta, TABLE.toUpperCase(Locale.ROOT)) || has(meta, TABLE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up table " + TABLE, e);
        }
        if (!tableSeen && !missingReported) {
            missingReported = true;
            LOG.info("Table {} does not exist yet: department grants on folders give no access until it does", TABLE);
        }
        return tableSeen;
    }

    private static boolean has(DatabaseMetaData meta, String table) throws SQLException {
        try (ResultSet rs = meta.getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
