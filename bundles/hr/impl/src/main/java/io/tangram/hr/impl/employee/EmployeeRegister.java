package io.tangram.hr.impl.employee;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/**
 * Reads employees for the other HR areas, without permission checks: callers check their own
 * permissions first. Writes go through the employee service.
 */
@Component(service = EmployeeRegister.class)
public class EmployeeRegister {
    private static final String SELECT = "SELECT e.id, e.company_id, e.number, e.username, e.name, e.department_id,"
            + " d.code AS department_code, d.name AS department_name,"
            + " COALESCE(e.cost_centre_code, d.cost_centre_code) AS cost_centre, p.code AS position_code,"
            + " e.status, e.hire_date, e.probation_end, e.leave_date, e.city, e.base_salary, e.currency,"
            + " e.bank_name, e.bank_account, d.manager_employee_id, d.parent_id"
            + " FROM hr_employee e JOIN hr_department d ON d.id = e.department_id"
            + " LEFT JOIN hr_position p ON p.id = e.position_id";

    private final Sql sql;

    @Activate
    public EmployeeRegister(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                            @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource) {
        this(dataSource);
    }

    /** For tests. */
    public EmployeeRegister(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public Optional<EmployeeFacts> byId(long id) {
        return first(sql.list(SELECT + " WHERE e.id = ?", this::facts, id));
    }

    public Optional<EmployeeFacts> byNumber(long companyId, String number) {
        return first(sql.list(SELECT + " WHERE e.company_id = ? AND e.number = ?", this::facts, companyId, number));
    }

    /** The employee whose user account is {@code username}; the current one if a former employee had it too. */
    public Optional<EmployeeFacts> byUsername(long companyId, String username) {
        return first(sql.list(SELECT + " WHERE e.company_id = ? AND e.username = ? ORDER BY e.leave_date DESC, e.id DESC",
                this::facts, companyId, username).stream()
                .sorted((a, b) -> Boolean.compare(a.leaveDate() != null, b.leaveDate() != null)).toList());
    }

    /** Everyone employed on at least one day of [from, to], by number. */
    public List<EmployeeFacts> employedBetween(long companyId, LocalDate from, LocalDate to) {
        return sql.list(SELECT + " WHERE e.company_id = ? AND e.hire_date <= ? AND (e.leave_date IS NULL OR e.leave_date >= ?)"
                + " ORDER BY e.number", this::facts, companyId, to, from);
    }

    /**
     * User name of the employee's nearest current manager (not resigned, with a user account), never
     * the employee themself; {@code null} when there is none or the chain runs in a circle.
     */
    public String nearestManagerUsername(long employeeId) {
        java.util.Set<Long> seen = new java.util.HashSet<>(java.util.Set.of(employeeId));
        Long next = byId(employeeId).map(EmployeeFacts::managerId).orElse(null);
        while (next != null && seen.add(next)) {
            Optional<EmployeeFacts> manager = byId(next);
            if (manager.isEmpty()) {
                return null;
            }
            if (!"RESIGNED".equals(manager.get().status()) && manager.get().username() != null) {
                return manager.get().username();
            }
            next = manager.get().managerId();
        }
        return null;
    }

    /**
     * The employee id of the manager of the department with this code: its own manager, else the
     * nearest manager above it; empty when there is no such department or nobody manages it.
     */
    public Optional<Long> departmentManagerId(long companyId, String departmentCode) {
        List<Long[]> row = sql.list("SELECT manager_employee_id, parent_id FROM hr_department WHERE company_id = ?"
                + " AND code = ?", rs -> new Long[] {Sql.nullableLong(rs, "manager_employee_id"),
                Sql.nullableLong(rs, "parent_id")}, companyId, departmentCode);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(row.get(0)[0] != null ? row.get(0)[0] : managerAbove(row.get(0)[1]));
    }

    private static Optional<EmployeeFacts> first(List<EmployeeFacts> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private EmployeeFacts facts(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("id");
        Long manager = Sql.nullableLong(rs, "manager_employee_id");
        Long parent = Sql.nullableLong(rs, "parent_id");
        if (manager != null && manager == id) {
            manager = managerAbove(parent);
        }
        return new EmployeeFacts(id, rs.getLong("company_id"), rs.getString("number"), rs.getString("username"),
                rs.getString("name"), rs.getLong("department_id"), rs.getString("department_code"),
                rs.getString("department_name"), rs.getString("cost_centre"), rs.getString("position_code"),
                rs.getString("status"), Sql.date(rs, "hire_date"), Sql.date(rs, "probation_end"),
                Sql.date(rs, "leave_date"), rs.getString("city"), rs.getBigDecimal("base_salary"),
                rs.getString("currency"), rs.getString("bank_name"), rs.getString("bank_account"), manager);
    }

    /** The nearest manager of {@code departmentId} or its ancestors, for a department's own manager. */
    private Long managerAbove(Long departmentId) {
        Long current = departmentId;
        for (int depth = 0; current != null && depth < 50; depth++) {
            List<Long[]> row = sql.list("SELECT manager_employee_id, parent_id FROM hr_department WHERE id = ?",
                    rs -> new Long[] {Sql.nullableLong(rs, "manager_employee_id"), Sql.nullableLong(rs, "parent_id")},
                    current);
            if (row.isEmpty()) {
                return null;
            }
            if (row.get(0)[0] != null) {
                return row.get(0)[0];
            }
            current = row.get(0)[1];
        }
        return null;
    }
}
