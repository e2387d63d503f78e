package io.tangram.oa.impl.approval;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Process definitions in {@code oa_process} with every saved version in {@code oa_process_version}.
 * Saving makes a new version; approvals keep the version they started on. At most one process per
 * company and document type is active.
 */
@Component(service = ProcessService.class)
public class ProcessService {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final int MAX_CHAIN_LEVELS = 10;
    private static final ObjectMapper STEPS = new ObjectMapper();
    private static final String SELECT = "SELECT p.id, p.company_id, p.code, p.document_type, p.active,"
            + " p.current_version, p.updated_at, v.name, v.name_zh, v.steps FROM oa_process p"
            + " JOIN oa_process_version v ON v.process_id = p.id AND v.version_no = p.current_version";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final UserDirectory users;
    private final Clock clock;

    @Activate
    public ProcessService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                          @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                          @Reference Transactions tx, @Reference AuditLog audit, @Reference UserDirectory users) {
        this(dataSource, tx, audit, users, Clock.systemUTC());
    }

    /** For tests: {@code clock} is when versions are saved. */
    ProcessService(DataSource dataSource, Transactions tx, AuditLog audit, UserDirectory users, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /** The active process of a document type, as new approvals start on it. */
    record Active(long id, String code, int version, List<ProcessStep> steps) {
    }

    /** Every process of the company, by code. */
    public List<ProcessDto> list(long companyId) {
        CallContext.require(ApprovalPermissions.APPROVAL_READ);
        return sql.list(SELECT + " WHERE p.company_id = ? ORDER BY p.code", rs -> dto(rs, List.of()), companyId);
    }

    /** One process with every version, newest first. */
    public ProcessDto get(long companyId, String code) {
        CallContext.require(ApprovalPermissions.APPROVAL_READ);
        return load(companyId, code);
    }

    public ProcessDto create(ProcessInput in) {
        CallContext.require(ApprovalPermissions.PROCESS_ADMIN);
        long companyId = company(in.companyId());
        Validation v = check(in);
        v.required("code", in.code());
        v.matches("code", strip(in.code()), CODE, Text.of("must be 1 to 40 letters, digits, '.', '_' or '-'",
                "必须是 1 到 40 个字母、数字、“.”“_”或“-”"));
        v.throwIfInvalid();
        String code = in.code().strip();
        boolean active = in.active() == null || in.active();
        return tx.required(() -> {
            if (sql.one("SELECT id FROM oa_process WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId,
                    code).isPresent()) {
                throw new ConflictException(Text.of("There is already a process {0}; save it to make a new version",
                        "已存在审批流程 {0}，请保存它以生成新版本", code));
            }
            if (active) {
                requireNoOtherActive(companyId, in.documentType().strip(), null);
            }
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO oa_process (company_id, code, document_type, active, current_version,"
                    + " lock_version, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 0, ?, ?, ?)",
                    companyId, code, in.documentType().strip(), active, CallContext.actorName(), now, now);
            insertVersion(id, 1, in, now);
            ProcessDto created = load(companyId, code);
            audit.record("oa", "create", "approval-process", code, JsonText.write(created));
            return created;
        });
    }

    /** Saves a new version; approvals already running keep theirs. */
    public ProcessDto update(long companyId, String code, ProcessInput in) {
        CallContext.require(ApprovalPermissions.PROCESS_ADMIN);
        Validation v = check(in);
        v.check(in.code() == null || in.code().strip().equals(code), "code", Text.of("cannot be changed", "不能修改"));
        v.throwIfInvalid();
        return tx.required(() -> {
            long id = lock(companyId, code);
            ProcessDto before = load(companyId, code);
            boolean active = in.active() == null ? before.active() : in.active();
            if (active) {
                requireNoOtherActive(companyId, in.documentType().strip(), id);
            }
            Instant now = clock.instant();
            int version = before.version() + 1;
            insertVersion(id, version, in, now);
            sql.update("UPDATE oa_process SET document_type = ?, active = ?, current_version = ?, updated_at = ?"
                    + " WHERE id = ?", in.documentType().strip(), active, version, now, id);
            ProcessDto saved = load(companyId, code);
            audit.record("oa", "update", "approval-process", code, JsonText.write(saved));
            return saved;
        });
    }

    /** New approvals of its document type start on it. */
    public ProcessDto activate(long companyId, String code) {
        return setActive(companyId, code, true);
    }

    /** New approvals of its document type no longer start (the owning module approves by its own rules). */
    public ProcessDto deactivate(long companyId, String code) {
        return setActive(companyId, code, false);
    }

    /** The process new approvals of {@code documentType} start on, if any. */
    Optional<Active> active(long companyId, String documentType) {
        return sql.one("SELECT p.id, p.code, p.current_version, v.steps FROM oa_process p JOIN oa_process_version v"
                + " ON v.process_id = p.id AND v.version_no = p.current_version WHERE p.company_id = ?"
                + " AND p.document_type = ? AND p.active = ?", rs -> new Active(rs.getLong(1), rs.getString(2),
                        rs.getInt(3), steps(rs.getString(4))), companyId, documentType, true);
    }

    /** The steps of one saved version. */
    List<ProcessStep> steps(long processId, int version) {
        return sql.one("SELECT steps FROM oa_process_version WHERE process_id = ? AND version_no = ?",
                rs -> steps(rs.getString(1)), processId, version).orElseThrow();
    }

    private ProcessDto setActive(long companyId, String code, boolean active) {
        CallContext.require(ApprovalPermissions.PROCESS_ADMIN);
        return tx.required(() -> {
            long id = lock(companyId, code);
            ProcessDto before = load(companyId, code);
            if (active) {
                requireNoOtherActive(companyId, before.documentType(), id);
            }
            sql.update("UPDATE oa_process SET active = ?, updated_at = ? WHERE id = ?", active, clock.instant(), id);
            audit.record("oa", active ? "activate" : "deactivate", "approval-process", code,
                    JsonText.object("version", before.version(), "documentType", before.documentType()));
            return load(companyId, code);
        });
    }

    private long lock(long companyId, String code) {
        long id = sql.one("SELECT id FROM oa_process WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId,
                code).orElseThrow(() -> notFound(code));
        sql.update("UPDATE oa_process SET lock_version = lock_version + 1 WHERE id = ?", id);
        return id;
    }

    private void requireNoOtherActive(long companyId, String documentType, Long self) {
        Optional<String> other = sql.one("SELECT code FROM oa_process WHERE company_id = ? AND document_type = ?"
                + " AND active = ? AND id <> ?", rs -> rs.getString(1), companyId, documentType, true,
                self == null ? -1L : self);
        if (other.isPresent()) {
            throw new ConflictException(Text.of("Process {0} is already active for {1}; deactivate it first",
                    "审批流程 {0} 已用于 {1}，请先停用它", other.get(), documentType));
        }
    }

    private void insertVersion(long processId, int version, ProcessInput in, Instant now) {
        sql.insert("INSERT INTO oa_process_version (process_id, version_no, document_type, name, name_zh, steps,"
                + " saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", processId, version, in.documentType().strip(),
                in.name().strip(), in.nameZh().strip(), JsonText.write(normalised(in.steps())), CallContext.actorName(),
                now);
    }

    private ProcessDto load(long companyId, String code) {
        long id = sql.one("SELECT id FROM oa_process WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId,
                code).orElseThrow(() -> notFound(code));
        List<ProcessVersionDto> versions = sql.list("SELECT version_no, document_type, name, name_zh, steps, saved_by,"
                + " saved_at FROM oa_process_version WHERE process_id = ? ORDER BY version_no DESC",
                rs -> new ProcessVersionDto(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        steps(rs.getString(5)), rs.getString(6), Sql.instant(rs, "saved_at")), id);
        return sql.one(SELECT + " WHERE p.id = ?", rs -> dto(rs, versions), id).orElseThrow();
    }

    private static ProcessDto dto(java.sql.ResultSet rs, List<ProcessVersionDto> versions) throws java.sql.SQLException {
        return new ProcessDto(rs.getLong("company_id"), rs.getString("code"), rs.getString("document_type"),
                rs.getString("name"), rs.getString("name_zh"), rs.getBoolean("active"), rs.getInt("current_version"),
                steps(rs.getString("steps")), Sql.instant(rs, "updated_at"), versions);
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException(Text.of("There is no approval process {0}", "不存在审批流程 {0}", code));
    }

    // ---------------------------------------------------------------- validation

    private Validation check(ProcessInput in) {
        Validation v = new Validation();
        v.required("documentType", in.documentType()).matches("documentType", strip(in.documentType()), DOCUMENT_TYPE,
                Text.of("must be <module>.<document>, e.g. inventory.purchase-order",
                        "必须是“模块.单据”，例如 inventory.purchase-order"))
                .maxLength("documentType", in.documentType(), 80)
                .required("name", in.name()).maxLength("name", in.name(), 200)
                .required("nameZh", in.nameZh()).maxLength("nameZh", in.nameZh(), 200);
        List<ProcessStep> steps = in.steps() == null ? List.of() : in.steps();
        v.check(!steps.isEmpty(), "steps", Text.of("needs at least one step", "至少需要一个步骤"));
        Set<String> userNames = users.users().stream().map(UserAccount::username).collect(Collectors.toSet());
        Set<String> roleNames = users.roles().stream().map(Role::name).collect(Collectors.toSet());
        for (int i = 0; i < steps.size(); i++) {
            String at = "steps[" + i + "]";
            ProcessStep step = steps.get(i);
            if (step == null) {
                v.add(at, Text.of("is required", "必填"));
                continue;
            }
            v.required(at + ".name", step.name()).maxLength(at + ".name", step.name(), 200)
                    .required(at + ".nameZh", step.nameZh()).maxLength(at + ".nameZh", step.nameZh(), 200);
            v.check(step.mode() == null || parse(StepMode.class, step.mode()) != null, at + ".mode",
                    Text.of("must be ALL (会签) or ANY (或签)", "必须是 ALL（会签）或 ANY（或签）"));
            v.check(step.timeoutHours() == null || step.timeoutHours() >= 1, at + ".timeoutHours",
                    Text.of("must be 1 or more", "不能小于 1"));
            String escalateTo = strip(step.escalateTo());
            v.check(escalateTo == null || userNames.contains(escalateTo), at + ".escalateTo",
                    Text.of("{0} is not a user", "{0} 不是系统用户", escalateTo));
            for (int c = 0; c < step.conditions().size(); c++) {
                checkCondition(v, at + ".conditions[" + c + "]", step.conditions().get(c));
            }
            v.check(!step.approvers().isEmpty(), at + ".approvers", Text.of("needs at least one approver", "至少需要一个审批人"));
            for (int a = 0; a < step.approvers().size(); a++) {
                checkApprover(v, at + ".approvers[" + a + "]", step.approvers().get(a), userNames, roleNames);
            }
        }
        return v;
    }

    private static void checkCondition(Validation v, String at, StepCondition c) {
        if (c == null) {
            v.add(at, Text.of("is required", "必填"));
            return;
        }
        v.required(at + ".field", c.field()).maxLength(at + ".field", c.field(), 60);
        ConditionOp op = c.op() == null ? null : parse(ConditionOp.class, c.op());
        v.check(op != null, at + ".op", Text.of("must be one of GT, GE, LT, LE, EQ, NE, IN",
                "必须是 GT、GE、LT、LE、EQ、NE、IN 之一"));
        v.required(at + ".value", c.value()).maxLength(at + ".value", c.value(), 1000);
        boolean numeric = op == ConditionOp.GT || op == ConditionOp.GE || op == ConditionOp.LT || op == ConditionOp.LE
                || "amount".equals(strip(c.field())) && op != ConditionOp.IN;
        if (numeric && c.value() != null && !c.value().isBlank()) {
            v.check(Conditions.number(c.value()) != null, at + ".value",
                    Text.of("must be a number such as 10000.00", "必须是数字，例如 10000.00"));
        }
    }

    private static void checkApprover(Validation v, String at, StepApprover a, Set<String> userNames,
                                      Set<String> roleNames) {
        if (a == null) {
            v.add(at, Text.of("is required", "必填"));
            return;
        }
        ApproverKind kind = a.kind() == null ? null : parse(ApproverKind.class, a.kind());
        String value = strip(a.value());
        if (kind == null) {
            v.add(at + ".kind", Text.of("must be one of USER, ROLE, DEPARTMENT_MANAGER, MANAGER_CHAIN",
                    "必须是 USER、ROLE、DEPARTMENT_MANAGER、MANAGER_CHAIN 之一"));
            return;
        }
        switch (kind) {
            case USER -> v.required(at + ".value", value).check(value == null || userNames.contains(value),
                    at + ".value", Text.of("{0} is not a user", "{0} 不是系统用户", value));
            case ROLE -> v.required(at + ".value", value).check(value == null || roleNames.contains(value),
                    at + ".value", Text.of("there is no role {0}", "不存在角色 {0}", value));
            case MANAGER_CHAIN -> v.check(levels(value) != null, at + ".value",
                    Text.of("must be the number of manager levels, 1 to {0}", "必须是上级层数，1 到 {0}",
                            MAX_CHAIN_LEVELS));
            default -> {
            }
        }
    }

    /** The levels of a MANAGER_CHAIN approver, {@code null} when not 1 to 10. */
    static Integer levels(String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            return n >= 1 && n <= MAX_CHAIN_LEVELS ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The steps as stored: names stripped, enums in upper case, default mode ALL. */
    private static List<ProcessStep> normalised(List<ProcessStep> steps) {
        return steps.stream().map(s -> new ProcessStep(s.name().strip(), s.nameZh().strip(),
                s.mode() == null ? StepMode.ALL.name() : parse(StepMode.class, s.mode()).name(),
                s.conditions().stream().map(c -> new StepCondition(c.field().strip(),
                        parse(ConditionOp.class, c.op()).name(), c.value().strip())).toList(),
                s.approvers().stream().map(a -> new StepApprover(parse(ApproverKind.class, a.kind()).name(),
                        strip(a.value()))).toList(), s.timeoutHours(), strip(s.escalateTo()))).toList();
    }

    private static List<ProcessStep> steps(String json) {
        try {
            return STEPS.readValue(json, new TypeReference<List<ProcessStep>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable steps of a process version: " + e.getOriginalMessage(), e);
        }
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
