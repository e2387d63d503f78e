package io.tangram.hr.impl.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Departments ({@code hr_department}, a tree without cycles), positions ({@code hr_position}) and cost
 * centres ({@code hr_cost_centre}), each created or changed by its code. A department with active
 * employees or active sub-departments cannot be deactivated.
 */
@Component(service = OrganisationService.class)
public class OrganisationService {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
    private static final String DEPARTMENT = "SELECT d.id, d.company_id, d.code, d.name, d.name_zh, p.code AS parent_code,"
            + " m.number AS manager_number, m.name AS manager_name, d.cost_centre_code, d.expense_account, d.active"
            + " FROM hr_department d LEFT JOIN hr_department p ON p.id = d.parent_id"
            + " LEFT JOIN hr_employee m ON m.id = d.manager_employee_id";
    private static final String POSITION = "SELECT p.id, p.company_id, p.code, p.name, p.name_zh, d.code AS department_code,"
            + " p.grade, p.active FROM hr_position p LEFT JOIN hr_department d ON d.id = p.department_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public OrganisationService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference Transactions tx, @Reference AuditLog audit) {
        this(dataSource, tx, audit, Clock.systemUTC());
    }

    /** For tests. */
    OrganisationService(DataSource dataSource, Transactions tx, AuditLog audit, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- departments

    /** Every department by code; as a tree (top departments with their children) when {@code tree}. */
    public List<DepartmentDto> departments(long companyId, boolean tree, boolean includeInactive) {
        CallContext.require(OrgPermissions.ORG_READ);
        List<DepartmentDto> all = sql.list(DEPARTMENT + " WHERE d.company_id = ?" + (includeInactive ? "" : " AND d.active = ?")
                + " ORDER BY d.code", OrganisationService::department,
                includeInactive ? new Object[] {companyId} : new Object[] {companyId, true});
        if (!tree) {
            return all;
        }
        Map<String, List<DepartmentDto>> byParent = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        all.forEach(d -> codes.add(d.code()));
        for (DepartmentDto d : all) {
            String parent = d.parentCode() != null && codes.contains(d.parentCode()) ? d.parentCode() : "";
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
        }
        return subtree("", byParent);
    }

    private static List<DepartmentDto> subtree(String parent, Map<String, List<DepartmentDto>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(d -> d.withChildren(subtree(d.code(), byParent))).toList();
    }

    public DepartmentDto department(long companyId, String code) {
        CallContext.require(OrgPermissions.ORG_READ);
        return loadDepartment(companyId, code).orElseThrow(() -> noDepartment(code));
    }

    /** The department whatever the caller may see, for HR's own use. */
    public Optional<DepartmentDto> loadDepartment(long companyId, String code) {
        return code == null ? Optional.empty()
                : first(sql.list(DEPARTMENT + " WHERE d.company_id = ? AND d.code = ?", OrganisationService::department,
                        companyId, code.strip()));
    }

    /** Creates the department {@code code} or changes it. */
    public Saved<DepartmentDto> saveDepartment(String code, DepartmentInput input) {
        CallContext.require(OrgPermissions.ORG_MANAGE);
        DepartmentInput in = require(input);
        long companyId = company(in.companyId());
        Validation v = new Validation();
        v.required("code", code).matches("code", code, CODE, codeText());
        v.required("name", in.name()).maxLength("name", in.name(), 100).maxLength("nameZh", in.nameZh(), 100)
                .maxLength("expenseAccount", in.expenseAccount(), 20);
        Optional<DepartmentDto> before = v.hasErrors() ? Optional.empty() : loadDepartment(companyId, code);
        Long parentId = null;
        String parentCode = blank(in.parentCode());
        if (parentCode != null) {
            Optional<Long> parent = idOf("hr_department", companyId, parentCode);
            v.check(parent.isPresent(), "parent", Text.of("there is no department {0}", "不存在部门 {0}", parentCode));
            if (parent.isPresent()) {
                parentId = parent.get();
                if (before.isPresent() && createsCycle(before.get().id(), parentId)) {
                    v.add("parent", Text.of("{0} is {1} itself or one of its sub-departments: departments cannot form a cycle",
                            "{0} 是 {1} 本身或其下级部门，部门不能循环上下级", parentCode, code));
                }
            }
        }
        Long managerId = null;
        String managerNumber = blank(in.managerNumber());
        if (managerNumber != null) {
            Optional<Long> manager = sql.list("SELECT id FROM hr_employee WHERE company_id = ? AND number = ? AND status <> 'RESIGNED'",
                    rs -> rs.getLong(1), companyId, managerNumber).stream().findFirst();
            v.check(manager.isPresent(), "managerNumber", Text.of("there is no current employee {0}",
                    "不存在在职员工 {0}", managerNumber));
            managerId = manager.orElse(null);
        }
        String costCentre = blank(in.costCentre());
        v.check(costCentre == null || idOf("hr_cost_centre", companyId, costCentre).isPresent(), "costCentre",
                Text.of("there is no cost centre {0}", "不存在成本中心 {0}", costCentre));
        v.throwIfInvalid();
        boolean active = in.active() == null ? before.map(DepartmentDto::active).orElse(true) : in.active();
        Long parent = parentId;
        Long manager = managerId;
        return tx.required(() -> {
            Instant now = clock.instant();
            long id;
            if (before.isEmpty()) {
                id = insertDepartment(companyId, code.strip(), in, parent, manager, costCentre, active, now);
            } else {
                id = before.get().id();
                sql.update("UPDATE hr_department SET version = version + 1 WHERE id = ?", id);
                if (before.get().active() && !active) {
                    refuseDeactivation(id, code);
                }
                if (parent != null && createsCycle(id, parent)) {
                    throw new ConflictException(Text.of("Someone moved {0} meanwhile; moving {1} under it would form a cycle",
                            "{0} 刚被他人调整，把 {1} 放在其下会形成循环", parentCode, code));
                }
                sql.update("UPDATE hr_department SET name = ?, name_zh = ?, parent_id = ?, manager_employee_id = ?,"
                        + " cost_centre_code = ?, expense_account = ?, active = ?, updated_at = ? WHERE id = ?",
                        in.name().strip(), nullable(in.nameZh()), parent == null ? Sql.Null.BIGINT : parent,
                        manager == null ? Sql.Null.BIGINT : manager, nullable(costCentre), nullable(in.expenseAccount()),
                        active, now, id);
            }
            DepartmentDto saved = loadDepartment(companyId, code).orElseThrow();
            audit.record("hr", before.isEmpty() ? "create" : "update", "department", String.valueOf(id), JsonText.write(saved));
            return new Saved<>(saved, before.isEmpty());
        });
    }

    private long insertDepartment(long companyId, String code, DepartmentInput in, Long parent, Long manager,
                                  String costCentre, boolean active, Instant now) {
        try {
            return sql.insert("INSERT INTO hr_department (company_id, code, name, name_zh, parent_id, manager_employee_id,"
                    + " cost_centre_code, expense_account, active, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", companyId, code, in.name().strip(),
                    nullable(in.nameZh()), parent == null ? Sql.Null.BIGINT : parent,
                    manager == null ? Sql.Null.BIGINT : manager, nullable(costCentre), nullable(in.expenseAccount()),
                    active, now, now);
        } catch (Sql.DuplicateKeyException e) {
            throw e.asConflict(Text.of("Department {0} was created by someone else meanwhile", "部门 {0} 刚被他人创建", code));
        }
    }

    private void refuseDeactivation(long id, String code) {
        long employees = count("SELECT COUNT(*) FROM hr_employee WHERE department_id = ? AND status <> 'RESIGNED'", id);
        long children = count("SELECT COUNT(*) FROM hr_department WHERE parent_id = ? AND active = ?", id, true);
        if (employees > 0 || children > 0) {
            throw new ConflictException(Text.of("Department {0} still has {1} current employee(s) and {2} active"
                    + " sub-department(s): transfer them or deactivate those first",
                    "部门 {0} 仍有 {1} 名在职员工和 {2} 个启用的下级部门，请先调走员工或停用下级部门", code, employees, children));
        }
    }

    /** Whether putting {@code id} under {@code parentId} would make it its own ancestor. */
    private boolean createsCycle(long id, long parentId) {
        Long current = parentId;
        Set<Long> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            if (current == id) {
                return true;
            }
            List<Long> parent = sql.list("SELECT parent_id FROM hr_department WHERE id = ?",
                    rs -> Sql.nullableLong(rs, "parent_id"), current);
            current = parent.isEmpty() ? null : parent.get(0);
        }
        return current != null;
    }

    // ---------------------------------------------------------------- positions

    public List<PositionDto> positions(long companyId) {
        CallContext.require(OrgPermissions.ORG_READ);
        return sql.list(POSITION + " WHERE p.company_id = ? ORDER BY p.code", OrganisationService::position, companyId);
    }

    public PositionDto position(long companyId, String code) {
        CallContext.require(OrgPermissions.ORG_READ);
        return loadPosition(companyId, code).orElseThrow(() -> new NotFoundException(
                Text.of("There is no position {0}", "不存在岗位 {0}", code)));
    }

    private Optional<PositionDto> loadPosition(long companyId, String code) {
        return first(sql.list(POSITION + " WHERE p.company_id = ? AND p.code = ?", OrganisationService::position,
                companyId, code));
    }

    public Saved<PositionDto> savePosition(String code, PositionInput input) {
        CallContext.require(OrgPermissions.ORG_MANAGE);
        PositionInput in = require(input);
        long companyId = company(in.companyId());
        Validation v = new Validation();
        v.required("code", code).matches("code", code, CODE, codeText());
        v.required("name", in.name()).maxLength("name", in.name(), 100).maxLength("nameZh", in.nameZh(), 100)
                .maxLength("grade", in.grade(), 16);
        String departmentCode = blank(in.departmentCode());
        Optional<Long> department = departmentCode == null ? Optional.empty() : idOf("hr_department", companyId, departmentCode);
        v.check(departmentCode == null || department.isPresent(), "departmentCode",
                Text.of("there is no department {0}", "不存在部门 {0}", departmentCode));
        v.throwIfInvalid();
        Optional<PositionDto> before = loadPosition(companyId, code.strip());
        boolean active = in.active() == null ? before.map(PositionDto::active).orElse(true) : in.active();
        Object departmentId = department.<Object>map(d -> d).orElse(Sql.Null.BIGINT);
        return tx.required(() -> {
            Instant now = clock.instant();
            long id;
            if (before.isEmpty()) {
                try {
                    id = sql.insert("INSERT INTO hr_position (company_id, code, name, name_zh, department_id, grade, active,"
                            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, code.strip(),
                            in.name().strip(), nullable(in.nameZh()), departmentId, nullable(in.grade()), active, now, now);
                } catch (Sql.DuplicateKeyException e) {
                    throw e.asConflict(Text.of("Position {0} was created by someone else meanwhile", "岗位 {0} 刚被他人创建", code));
                }
            } else {
                id = before.get().id();
                sql.update("UPDATE hr_position SET name = ?, name_zh = ?, department_id = ?, grade = ?, active = ?,"
                        + " updated_at = ? WHERE id = ?", in.name().strip(), nullable(in.nameZh()), departmentId,
                        nullable(in.grade()), active, now, id);
            }
            PositionDto saved = loadPosition(companyId, code.strip()).orElseThrow();
            audit.record("hr", before.isEmpty() ? "create" : "update", "position", String.valueOf(id), JsonText.write(saved));
            return new Saved<>(saved, before.isEmpty());
        });
    }

    // ---------------------------------------------------------------- cost centres

    public List<CostCentreDto> costCentres(long companyId) {
        CallContext.require(OrgPermissions.ORG_READ);
        return sql.list("SELECT id, company_id, code, name, name_zh, active FROM hr_cost_centre WHERE company_id = ?"
                + " ORDER BY code", OrganisationService::costCentre, companyId);
    }

    private Optional<CostCentreDto> loadCostCentre(long companyId, String code) {
        return first(sql.list("SELECT id, company_id, code, name, name_zh, active FROM hr_cost_centre"
                + " WHERE company_id = ? AND code = ?", OrganisationService::costCentre, companyId, code));
    }

    public Saved<CostCentreDto> saveCostCentre(String code, CostCentreInput input) {
        CallContext.require(OrgPermissions.ORG_MANAGE);
        CostCentreInput in = require(input);
        long companyId = company(in.companyId());
        new Validation().required("code", code).matches("code", code, CODE, codeText())
                .required("name", in.name()).maxLength("name", in.name(), 100).maxLength("nameZh", in.nameZh(), 100)
                .throwIfInvalid();
        Optional<CostCentreDto> before = loadCostCentre(companyId, code.strip());
        boolean active = in.active() == null ? before.map(CostCentreDto::active).orElse(true) : in.active();
        return tx.required(() -> {
            Instant now = clock.instant();
            long id;
            if (before.isEmpty()) {
                try {
                    id = sql.insert("INSERT INTO hr_cost_centre (company_id, code, name, name_zh, active, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", companyId, code.strip(), in.name().strip(),
                            nullable(in.nameZh()), active, now, now);
                } catch (Sql.DuplicateKeyException e) {
                    throw e.asConflict(Text.of("Cost centre {0} was created by someone else meanwhile",
                            "成本中心 {0} 刚被他人创建", code));
                }
            } else {
                id = before.get().id();
                sql.update("UPDATE hr_cost_centre SET name = ?, name_zh = ?, active = ?, updated_at = ? WHERE id = ?",
                        in.name().strip(), nullable(in.nameZh()), active, now, id);
            }
            CostCentreDto saved = loadCostCentre(companyId, code.strip()).orElseThrow();
            audit.record("hr", before.isEmpty() ? "create" : "update", "cost-centre", String.valueOf(id), JsonText.write(saved));
            return new Saved<>(saved, before.isEmpty());
        });
    }

    // ---------------------------------------------------------------- helpers

    static NotFoundException noDepartment(String code) {
        return new NotFoundException(Text.of("There is no department {0}", "不存在部门 {0}", code));
    }

    private Optional<Long> idOf(String table, long companyId, String code) {
        return sql.list("SELECT id FROM " + table + " WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId,
                code).stream().findFirst();
    }

    private long count(String query, Object... args) {
        return sql.list(query, rs -> rs.getLong(1), args).get(0);
    }

    private static Text codeText() {
        return Text.of("must be letters, digits, '.', '_' or '-', at most 32", "只能包含字母、数字、“.”、“_”或“-”，最多 32 个字符");
    }

    private static <T> T require(T input) {
        if (input == null) {
            throw io.tangram.platform.api.error.ValidationException.of("body", Text.of("is required", "必填"));
        }
        return input;
    }

    private static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static DepartmentDto department(ResultSet rs) throws SQLException {
        return new DepartmentDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("name_zh"), rs.getString("parent_code"), rs.getString("manager_number"),
                rs.getString("manager_name"), rs.getString("cost_centre_code"), rs.getString("expense_account"),
                rs.getBoolean("active"), List.of());
    }

    private static PositionDto position(ResultSet rs) throws SQLException {
        return new PositionDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("name_zh"), rs.getString("department_code"), rs.getString("grade"), rs.getBoolean("active"));
    }

    private static CostCentreDto costCentre(ResultSet rs) throws SQLException {
        return new CostCentreDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("name_zh"), rs.getBoolean("active"));
    }
}
