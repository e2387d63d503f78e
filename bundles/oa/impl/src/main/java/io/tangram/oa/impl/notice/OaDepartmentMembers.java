package io.tangram.oa.impl.notice;

import java.util.LinkedHashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/** Department membership as OA keeps it in {@code oa_user_department}. */
@Component(service = DepartmentMembers.class)
public class OaDepartmentMembers implements DepartmentMembers {

    private final Sql sql;

    @Activate
    public OaDepartmentMembers(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    @Override
    public Set<String> departmentsOf(long companyId, String username) {
        return new LinkedHashSet<>(sql.list("SELECT department_code FROM oa_user_department WHERE company_id = ?"
                + " AND username = ? ORDER BY department_code", rs -> rs.getString(1), companyId, username));
    }

    @Override
    public Set<String> members(long companyId, String departmentCode) {
        return new LinkedHashSet<>(sql.list("SELECT username FROM oa_user_department WHERE company_id = ?"
                + " AND department_code = ? ORDER BY username", rs -> rs.getString(1), companyId, departmentCode));
    }
}
