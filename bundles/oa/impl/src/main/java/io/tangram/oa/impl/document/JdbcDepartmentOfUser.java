package io.tangram.oa.impl.document;

import java.util.LinkedHashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/**
 * The department of a user as OA's department mapping ({@code oa_user_department}, maintained under
 * {@code /api/oa/departments}) records it: one department per user and company.
 */
@Component(service = DepartmentOfUser.class)
public class JdbcDepartmentOfUser implements DepartmentOfUser {
    static final String TABLE = "oa_user_department";

    private final Sql sql;

    @Activate
    public JdbcDepartmentOfUser(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                                @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource) {
        this(dataSource);
    }

    /** For tests. */
    JdbcDepartmentOfUser(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    @Override
    public Set<String> departments(long companyId, String username) {
        if (username == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(sql.list("SELECT department_code FROM " + TABLE
                + " WHERE company_id = ? AND username = ? ORDER BY department_code", rs -> rs.getString(1), companyId,
                username));
    }
}
