package io.tangram.oa.impl.approval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.oa.impl.UserAccounts;
import io.tangram.oa.api.people.ManagerDirectory;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Who manages whom for routing approvals. HR's {@link ManagerDirectory} answers when it is installed;
 * without it OA's own mapping does: {@code oa_department} (with parent and manager) and
 * {@code oa_user_department}. A department's manager is managed by the parent department's manager.
 * A request's {@code department} field names the department to route by: HR's directory answers for
 * it when it knows the department, else OA's mapping.
 */
@Component(service = DepartmentService.class)
public class DepartmentService {
    /** Said on an approval routed without HR. */
    static final Text ROUTED_BY_OA = Text.of("managers from OA's department mapping: HR is not installed",
            "部门负责人取自 OA 部门设置：未安装人事模块");

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final UserDirectory users;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ManagerDirectory directory;

    @Activate
    public DepartmentService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                             @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                             @Reference Transactions tx, @Reference AuditLog audit, @Reference UserDirectory users) {
        this(dataSource, tx, audit, users, Clock.systemUTC());
    }

    /** For tests: {@code clock} is when changes are stamped. */
    DepartmentService(DataSource dataSource, Transactions tx, AuditLog audit, UserDirectory users, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /** Every department of OA's mapping with its members, by code. */
    public List<DepartmentDto> list(long companyId) {
        CallContext.require(ApprovalPermissions.APPROVAL_READ);
        return departments(companyId);
    }

    private List<DepartmentDto> departments(long companyId) {
        Map<String, List<String>> members = sql.list("SELECT department_code, username FROM oa_user_department"
                + " WHERE company_id = ? ORDER BY username", rs -> new String[] {rs.getString(1), rs.getString(2)},
                companyId).stream().collect(Collectors.groupingBy(r -> r[0],
                        Collectors.mapping(r -> r[1], Collectors.toList())));
        return sql.list("SELECT company_id, code, name, name_zh, parent_code, manager FROM oa_department"
                + " WHERE company_id = ? ORDER BY code", rs -> new DepartmentDto(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        members.getOrDefault(rs.getString(2), List.of())), companyId);
    }

    /** Creates or changes a department. */
    public DepartmentDto save(DepartmentInput in) {
        CallContext.require(ApprovalPermissions.PROCESS_ADMIN);
        long companyId = ProcessService.company(in.companyId());
        String code = ProcessService.strip(in.code());
        String parent = ProcessService.strip(in.parentCode());
        String manager = ProcessService.strip(in.manager());
        Validation v = new Validation().required("code", code).maxLength("code", code, 40)
                .required("name", in.name()).maxLength("name", in.name(), 200)
                .required("nameZh", in.nameZh()).maxLength("nameZh", in.nameZh(), 200);
        v.check(manager == null || isUser(manager), "manager", Text.of("{0} is not a user", "{0} 不是系统用户", manager));
        if (parent != null) {
            v.check(!parent.equals(code), "parentCode", Text.of("cannot be the department itself", "不能是部门本身"));
            v.check(parent.equals(code) || find(companyId, parent).isPresent(), "parentCode",
                    Text.of("there is no department {0}", "不存在部门 {0}", parent));
            v.check(parent.equals(code) || !ancestors(companyId, parent).contains(code), "parentCode",
                    Text.of("{0} is below {1}: departments cannot form a circle", "{0} 是 {1} 的下级部门，部门不能循环",
                            parent, code));
        }
        v.throwIfInvalid();
        return tx.required(() -> {
            Object[] values = {in.name().strip(), in.nameZh().strip(), parent == null ? Sql.Null.VARCHAR : parent,
                    manager == null ? Sql.Null.VARCHAR : manager, CallContext.actorName(), clock.instant()};
            if (find(companyId, code).isPresent()) {
                sql.update("UPDATE oa_department SET name = ?, name_zh = ?, parent_code = ?, manager = ?, updated_by = ?,"
                        + " updated_at = ? WHERE company_id = ? AND code = ?", values[0], values[1], values[2],
                        values[3], values[4], values[5], companyId, code);
            } else {
                sql.update("INSERT INTO oa_department (name, name_zh, parent_code, manager, updated_by, updated_at,"
                        + " company_id, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values[0], values[1], values[2],
                        values[3], values[4], values[5], companyId, code);
            }
            DepartmentDto saved = department(companyId, code);
            audit.record("oa", "save", "department", code, JsonText.write(saved));
            return saved;
        });
    }

    /** Puts a user in a department, moving them out of their previous one. */
    public DepartmentDto assign(MemberInput in) {
        CallContext.require(ApprovalPermissions.PROCESS_ADMIN);
        long companyId = ProcessService.company(in.companyId());
        String username = ProcessService.strip(in.username());
        String code = ProcessService.strip(in.departmentCode());
        new Validation().required("username", username)
                .check(username == null || isUser(username), "username",
                        Text.of("{0} is not a user", "{0} 不是系统用户", username))
                .required("departmentCode", code)
                .check(code == null || find(companyId, code).isPresent(), "departmentCode",
                        Text.of("there is no department {0}", "不存在部门 {0}", code))
                .throwIfInvalid();
        return tx.required(() -> {
            sql.update("DELETE FROM oa_user_department WHERE company_id = ? AND username = ?", companyId, username);
            sql.update("INSERT INTO oa_user_department (company_id, username, department_code, updated_by, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?)", companyId, username, code, CallContext.actorName(), clock.instant());
            audit.record("oa", "assign", "department", code, JsonText.object("username", username));
            return department(companyId, code);
        });
    }

    /** Takes a user out of OA's mapping. */
    public void unassign(long companyId, String username) {
        CallContext.require(ApprovalPermissions.PROCESS_ADMIN);
        tx.required(() -> {
            if (sql.update("DELETE FROM oa_user_department WHERE company_id = ? AND username = ?", companyId,
                    username) == 0) {
                throw new NotFoundException(Text.of("{0} is in no department", "{0} 不属于任何部门", username));
            }
            audit.record("oa", "unassign", "department", username, JsonText.object("username", username));
            return null;
        });
    }

    // ---------------------------------------------------------------- routing

    /** Whether HR's manager directory is present (else OA's mapping routes). */
    boolean hrPresent() {
        return directory != null;
    }

    /** The department a request is routed by: its {@code department} field, else the requester's. */
    Optional<String> departmentOf(long companyId, String username, String override) {
        if (override != null) {
            return Optional.of(override);
        }
        ManagerDirectory hr = directory;
        if (hr != null) {
            return hr.departmentOf(companyId, username);
        }
        return sql.one("SELECT department_code FROM oa_user_department WHERE company_id = ? AND username = ?",
                rs -> rs.getString(1), companyId, username);
    }

    /**
     * The requester's department manager: with a department override, the manager of that
     * department (HR's, else OA's mapping); else HR's answer, else OA's mapping. A requester managing
     * the department is managed by the parent department's manager.
     */
    Optional<String> departmentManager(long companyId, String requester, String override) {
        return managers(companyId, requester, override, 1).stream().findFirst();
    }

    /** The requester's managers, nearest first, at most {@code levels}. */
    List<String> managers(long companyId, String requester, String override, int levels) {
        ManagerDirectory hr = directory;
        if (hr != null) {
            List<String> chain = override == null ? hr.managerChain(companyId, requester)
                    : hr.departmentManagerChain(companyId, override).stream().filter(m -> !m.equals(requester)).toList();
            if (override == null || !chain.isEmpty()) {
                return chain.stream().limit(levels).toList();
            }
        }
        Optional<String> department = departmentOf(companyId, requester, override);
        if (department.isEmpty()) {
            return List.of();
        }
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String code = department.get();
        boolean own = true;
        while (code != null && seen.add(code) && chain.size() < levels) {
            Optional<String[]> row = sql.one("SELECT manager, parent_code FROM oa_department WHERE company_id = ?"
                    + " AND code = ?", rs -> new String[] {rs.getString(1), rs.getString(2)}, companyId, code);
            if (row.isEmpty() || own && row.get()[0] == null) {
                break;
            }
            String manager = row.get()[0];
            if (manager != null && !manager.equals(requester) && !chain.contains(manager)) {
                chain.add(manager);
            }
            own = false;
            code = row.get()[1];
        }
        return chain;
    }

    /** A user's own manager, for escalation. */
    Optional<String> managerOf(long companyId, String username) {
        ManagerDirectory hr = directory;
        if (hr != null) {
            return hr.managerOf(companyId, username);
        }
        return managers(companyId, username, null, 1).stream().findFirst();
    }

    private Optional<String> find(long companyId, String code) {
        return sql.one("SELECT code FROM oa_department WHERE company_id = ? AND code = ?", rs -> rs.getString(1),
                companyId, code);
    }

    private Set<String> ancestors(long companyId, String code) {
        Set<String> seen = new HashSet<>();
        String current = code;
        while (current != null && seen.add(current)) {
            List<String> parent = sql.list("SELECT parent_code FROM oa_department WHERE company_id = ? AND code = ?",
                    rs -> rs.getString(1), companyId, current);
            current = parent.isEmpty() ? null : parent.get(0);
        }
        return seen;
    }

    private DepartmentDto department(long companyId, String code) {
        return departments(companyId).stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private boolean isUser(String username) {
        return UserAccounts.exists(users, username);
    }
}
