package io.tangram.hr.impl.employee;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.hr.api.employee.EmployeeTopics;
import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.api.task.Tasks;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.PlatformPermissions;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Employees ({@code hr_employee}) and their lifecycle: hiring (ONBOARDING), onboarding (user account,
 * checklist, PROBATION or REGULAR), confirmation, transfers and resignation, each written to
 * {@code hr_employee_event}, audited and published as {@link EmployeeTopics}. Salary, bank account,
 * ID number and address are only read and written through {@link #personal} and
 * {@link #updatePersonal}. The user account is created and disabled in HR's name for the HR clerk,
 * who needs no platform user permission for it; OA tasks are optional and what was skipped is
 * recorded in {@code hr_integration}.
 */
@Component(service = EmployeeService.class)
public class EmployeeService {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{8,30}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String SELECT = "SELECT e.id, e.company_id, e.number, e.username, e.name, e.gender, e.birth_date, e.email,"
            + " e.phone, d.code AS department_code, d.name AS department_name, p.code AS position_code,"
            + " p.name AS position_name, e.cost_centre_code, e.city, e.hire_date, e.probation_end, e.contract_type,"
            + " e.contract_end, e.status, e.leave_date, e.leave_reason, e.created_at, e.updated_at"
            + " FROM hr_employee e JOIN hr_department d ON d.id = e.department_id"
            + " LEFT JOIN hr_position p ON p.id = e.position_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final DocumentNumbers numbers;
    private final UserDirectory users;
    private final EmployeeRegister register;
    private final EmployeeSettings settings;
    private final Clock clock;
    private final IntegrationLog integrations;
    private final Checklists checklists;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Tasks tasks;

    @Activate
    public EmployeeService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                           @Reference DocumentNumbers numbers, @Reference UserDirectory users,
                           @Reference EmployeeRegister register, @Reference EmployeeSettings settings) {
        this(dataSource, tx, audit, events, numbers, users, register, settings, Clock.systemUTC());
    }

    /** For tests: {@code clock} is when things happen. */
    EmployeeService(DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events,
                    DocumentNumbers numbers, UserDirectory users, EmployeeRegister register, EmployeeSettings settings,
                    Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.numbers = numbers;
        this.users = users;
        this.register = register;
        this.settings = settings;
        this.clock = clock;
        this.integrations = new IntegrationLog(sql, clock);
        this.checklists = new Checklists(sql, clock, integrations);
    }

    // ---------------------------------------------------------------- job data

    /** Hires someone: status ONBOARDING until {@link #onboard}. */
    public EmployeeDto create(EmployeeInput input) {
        CallContext.require(EmployeePermissions.EMPLOYEE_MANAGE);
        EmployeeInput in = require(input);
        long companyId = company(in.companyId());
        Validation v = new Validation();
        v.matches("number", in.number(), CODE, Text.of("must be letters, digits, '.', '_' or '-', at most 32",
                "只能包含字母、数字、“.”、“_”或“-”，最多 32 个字符"));
        Refs refs = jobChecks(v, companyId, in);
        v.throwIfInvalid();
        return tx.required(() -> {
            Instant now = clock.instant();
            String number = blank(in.number()) != null ? in.number().strip()
                    : numbers.next(companyId, "EMP", LocalDate.ofInstant(now, settings.zone()).getYear());
            long id;
            try {
                id = sql.insert("INSERT INTO hr_employee (company_id, number, username, name, gender, birth_date, email,"
                        + " phone, department_id, position_id, cost_centre_code, city, hire_date, probation_end,"
                        + " contract_type, contract_end, status, currency, version, created_by, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CNY', 0, ?, ?, ?)", companyId, number,
                        nullable(in.username()), in.name().strip(), nullable(in.gender()), dateOrNull(in.birthDate()),
                        nullable(in.email()), nullable(in.phone()), refs.departmentId(), longOrNull(refs.positionId()),
                        nullable(in.costCentre()), nullable(in.city()), in.hireDate(), dateOrNull(in.probationEnd()),
                        refs.contractType(), dateOrNull(in.contractEnd()), EmployeeStatus.ONBOARDING,
                        CallContext.actorName(), now, now);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(Text.of("There is already an employee {0}", "已存在员工编号 {0}", number));
            }
            EmployeeDto created = byId(id);
            audit.record("hr", "create", "employee", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /**
     * Corrects job data. Department, position and cost centre change here only before onboarding;
     * afterwards they change by {@link #transfer}, and the user name is fixed once onboarding linked it.
     */
    public EmployeeDto update(long companyId, String number, EmployeeInput input) {
        CallContext.require(EmployeePermissions.EMPLOYEE_MANAGE);
        EmployeeInput in = require(input);
        EmployeeDto before = load(companyId, number);
        Validation v = new Validation();
        v.check(blank(in.number()) == null || in.number().strip().equals(before.number()), "number",
                Text.of("cannot be changed", "不能修改"));
        Refs refs = jobChecks(v, companyId, in);
        v.throwIfInvalid();
        if (before.status() != EmployeeStatus.ONBOARDING) {
            boolean moved = !in.departmentCode().strip().equals(before.departmentCode())
                    || !same(in.positionCode(), before.positionCode()) || !same(in.costCentre(), before.costCentre());
            if (moved) {
                throw new ConflictException(Text.of("{0} is already onboarded: change department, position or cost centre"
                        + " by a transfer", "{0} 已入职：请通过调动变更部门、岗位或成本中心", before.number()));
            }
            if (!same(in.username(), before.username())) {
                throw new ConflictException(Text.of("{0} is already onboarded with the user {1}; the user name cannot change",
                        "{0} 已入职并关联用户 {1}，用户名不能修改", before.number(), before.username()));
            }
        }
        return tx.required(() -> {
            lock(before.id());
            sql.update("UPDATE hr_employee SET username = ?, name = ?, gender = ?, birth_date = ?, email = ?, phone = ?,"
                    + " department_id = ?, position_id = ?, cost_centre_code = ?, city = ?, hire_date = ?, probation_end = ?,"
                    + " contract_type = ?, contract_end = ?, updated_at = ? WHERE id = ?", nullable(in.username()),
                    in.name().strip(), nullable(in.gender()), dateOrNull(in.birthDate()), nullable(in.email()),
                    nullable(in.phone()), refs.departmentId(), longOrNull(refs.positionId()), nullable(in.costCentre()),
                    nullable(in.city()), in.hireDate(), dateOrNull(in.probationEnd()), refs.contractType(),
                    dateOrNull(in.contractEnd()), clock.instant(), before.id());
            EmployeeDto updated = byId(before.id());
            audit.record("hr", "update", "employee", String.valueOf(before.id()), JsonText.write(updated));
            return updated;
        });
    }

    public EmployeeDto get(long companyId, String number) {
        CallContext.require(EmployeePermissions.EMPLOYEE_READ);
        return load(companyId, number);
    }

    /** The caller's own employee record ({@code hr.self.service}). */
    public EmployeeDto me(long companyId) {
        CallContext.require(SelfServicePermissions.SELF);
        return own(companyId).orElseThrow(() -> new NotFoundException(Text.of(
                "Your user {0} is not linked to an employee", "您的用户 {0} 未关联员工档案", CallContext.actorName())));
    }

    public Page<EmployeeDto> search(long companyId, EmployeeQuery query, PageRequest page) {
        CallContext.require(EmployeePermissions.EMPLOYEE_READ);
        EmployeeQuery q = query == null ? EmployeeQuery.all() : query;
        StringBuilder where = new StringBuilder(" WHERE e.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (blank(q.departmentCode()) != null) {
            where.append(" AND d.code = ?");
            args.add(q.departmentCode().strip());
        }
        if (q.status() != null) {
            where.append(" AND e.status = ?");
            args.add(q.status());
        }
        if (blank(q.q()) != null) {
            String like = "%" + q.q().strip().toLowerCase(Locale.ROOT) + "%";
            where.append(" AND (LOWER(e.number) LIKE ? OR LOWER(e.name) LIKE ? OR LOWER(e.username) LIKE ?)");
            args.addAll(List.of(like, like, like));
        }
        long total = sql.list("SELECT COUNT(*) FROM hr_employee e JOIN hr_department d ON d.id = e.department_id" + where,
                rs -> rs.getLong(1), args.toArray()).get(0);
        args.add(page.offset());
        args.add(page.limit());
        List<EmployeeDto> items = sql.list(SELECT + where + " ORDER BY e.number OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                EmployeeService::row, args.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    // ---------------------------------------------------------------- sensitive fields

    /** Salary, bank account, ID number and address: for {@code hr.employee.sensitive}, or the employee themself. */
    public PersonalDto personal(long companyId, String number) {
        Caller caller = CallContext.current().orElseThrow(() -> new ForbiddenException(EmployeePermissions.EMPLOYEE_SENSITIVE));
        if (!caller.has(EmployeePermissions.EMPLOYEE_SENSITIVE)) {
            boolean self = caller.has(SelfServicePermissions.SELF) && own(companyId)
                    .map(e -> e.number().equals(number)).orElse(false);
            if (!self) {
                throw new ForbiddenException(EmployeePermissions.EMPLOYEE_SENSITIVE);
            }
        }
        EmployeeDto e = load(companyId, number);
        return personalOf(e.id());
    }

    public PersonalDto updatePersonal(long companyId, String number, PersonalInput input) {
        CallContext.require(EmployeePermissions.EMPLOYEE_SENSITIVE);
        PersonalInput in = require(input);
        EmployeeDto e = load(companyId, number);
        String currency = blank(in.currency()) == null ? "CNY" : in.currency().strip().toUpperCase(Locale.ROOT);
        String account = in.bankAccount() == null ? null : in.bankAccount().replace(" ", "");
        String idNumber = blank(in.idNumber()) == null ? null : in.idNumber().strip().toUpperCase(Locale.ROOT);
        Validation v = new Validation();
        v.notNegative("baseSalary", in.baseSalary());
        v.check(knownCurrency(currency), "currency", Text.of("must be an ISO currency code such as CNY",
                "必须是币种代码，例如 CNY"));
        v.maxLength("bankName", in.bankName(), 100);
        v.matches("bankAccount", account, BANK_ACCOUNT, Text.of("must be 8 to 30 digits", "必须是 8 到 30 位数字"));
        v.check(idNumber == null || validIdNumber(idNumber), "idNumber", Text.of(
                "must be an 18-character ID number with a correct check digit (0-9 or X)",
                "必须是 18 位身份证号码，且校验位（0-9 或 X）正确"));
        v.maxLength("address", in.address(), 400);
        v.throwIfInvalid();
        return tx.required(() -> {
            lock(e.id());
            sql.update("UPDATE hr_employee SET base_salary = ?, currency = ?, bank_name = ?, bank_account = ?,"
                    + " id_number = ?, address = ?, updated_at = ? WHERE id = ?",
                    in.baseSalary() == null ? Sql.Null.DECIMAL : in.baseSalary(), currency, nullable(in.bankName()),
                    nullable(account), nullable(idNumber), nullable(in.address()), clock.instant(), e.id());
            audit.record("hr", "update-personal", "employee", String.valueOf(e.id()), JsonText.object("number", e.number(),
                    "fields", changedFields(in)));
            return personalOf(e.id());
        });
    }

    /** Whether an 18-character resident ID number's check digit is right (GB 11643). */
    static boolean validIdNumber(String id) {
        if (id == null || !ID_NUMBER.matcher(id).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Onboards a hired employee: creates their user account with the configured roles (or links an
     * existing one), moves them to PROBATION (probation end set) or REGULAR, and creates the
     * onboarding checklist.
     */
    public OnboardingResult onboard(long companyId, String number) {
        CallContext.require(EmployeePermissions.EMPLOYEE_MANAGE);
        EmployeeDto before = load(companyId, number);
        if (before.status() != EmployeeStatus.ONBOARDING) {
            throw new ConflictException(Text.of("{0} is already onboarded (status {1})", "{0} 已入职（状态 {1}）",
                    before.number(), before.status()));
        }
        String username = before.username() != null ? before.username() : before.number().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw ValidationException.of("username", Text.of("{0} cannot be a user name: use 3 to 64 lower-case letters,"
                    + " digits, '.', '_' or '-'", "{0} 不能作为用户名：请使用 3 到 64 位小写字母、数字、“.”、“_”或“-”", username));
        }
        Optional<EmployeeFacts> holder = register.byUsername(companyId, username)
                .filter(f -> f.id() != before.id() && !EmployeeStatus.RESIGNED.name().equals(f.status()));
        if (holder.isPresent()) {
            throw new ConflictException(Text.of("The user {0} already belongs to employee {1}", "用户 {0} 已属于员工 {1}",
                    username, holder.get().number()));
        }
        return tx.required(() -> {
            lock(before.id());
            long lastStep = integrations.lastId(before.id());
            boolean exists = onBehalf(() -> users.users()).stream().map(UserAccount::username).anyMatch(username::equals);
            String password = null;
            if (exists) {
                integrations.done(companyId, before.id(), "USER_LINKED", Text.of("Existing user {0} linked",
                        "已关联现有用户 {0}", username), username);
            } else {
                password = createUser(companyId, before, username);
            }
            EmployeeStatus status = before.probationEnd() != null ? EmployeeStatus.PROBATION : EmployeeStatus.REGULAR;
            sql.update("UPDATE hr_employee SET username = ?, status = ?, updated_at = ? WHERE id = ?", username, status,
                    clock.instant(), before.id());
            long departmentId = departmentIdOf(before.id());
            event(companyId, before.id(), "ONBOARDED", before.hireDate(), null, departmentId, null,
                    positionIdOf(before.id()), null);
            List<ChecklistItemDto> list = checklists.create(subject(companyId, before, username), Checklists.ONBOARDING,
                    before.hireDate(), tasks, settings.taskBoard());
            EmployeeDto after = byId(before.id());
            audit.record("hr", "onboard", "employee", String.valueOf(before.id()), JsonText.object("number", number,
                    "username", username, "userCreated", !exists, "status", status, "checklistItems", list.size()));
            events.publish(EmployeeTopics.EMPLOYEE_ONBOARDED, companyId, number, payload(after, after.hireDate(), null));
            return new OnboardingResult(after, username, !exists, password, list,
                    integrations.since(before.id(), lastStep));
        });
    }

    /**
     * Creates the user with the configured default roles. A default role that does not exist yet is
     * created first with HR self-service only ({@link SelfServicePermissions#SELF}), so a new hire can
     * at once see their own record, clock in and ask for leave; an existing role is never changed.
     */
    private String createUser(long companyId, EmployeeDto employee, String username) {
        Set<String> roles = settings.defaultRoles();
        Set<String> known = new HashSet<>(onBehalf(() -> users.roles()).stream().map(Role::name).toList());
        Set<String> created = new LinkedHashSet<>(roles);
        created.removeAll(known);
        for (String role : created) {
            onBehalf(() -> users.saveRole(role, "Employee self-service, created by HR onboarding / 员工自助（入职时由人事模块创建）",
                    Set.of(SelfServicePermissions.SELF)));
        }
        String password = randomPassword();
        onBehalf(() -> users.createUser(username, employee.name(), password, roles));
        integrations.done(companyId, employee.id(), "USER_CREATED", created.isEmpty()
                ? Text.of("User {0} created with roles {1}", "已创建用户 {0}，角色 {1}", username, String.join(", ", roles))
                : Text.of("User {0} created with roles {1}; roles {2} were created with HR self-service only",
                        "已创建用户 {0}，角色 {1}；角色 {2} 为新建，仅含人事自助权限", username, String.join(", ", roles),
                        String.join(", ", created)), username);
        return password;
    }

    /** Probation passed (转正): PROBATION becomes REGULAR. */
    public EmployeeDto confirm(long companyId, String number, ConfirmInput input) {
        CallContext.require(EmployeePermissions.EMPLOYEE_MANAGE);
        ConfirmInput in = input == null ? new ConfirmInput(null, null) : input;
        EmployeeDto before = load(companyId, number);
        if (before.status() != EmployeeStatus.PROBATION) {
            throw new ConflictException(Text.of("{0} is not on probation (status {1}): nothing to confirm",
                    "{0} 不在试用期（状态 {1}），无需转正", before.number(), before.status()));
        }
        LocalDate date = in.date() != null ? in.date() : today();
        new Validation().check(!date.isBefore(before.hireDate()), "date", Text.of("must not be before the hire date {0}",
                "不能早于入职日期 {0}", before.hireDate())).maxLength("note", in.note(), 400).throwIfInvalid();
        return tx.required(() -> {
            lock(before.id());
            sql.update("UPDATE hr_employee SET status = ?, updated_at = ? WHERE id = ?", EmployeeStatus.REGULAR,
                    clock.instant(), before.id());
            event(companyId, before.id(), "CONFIRMED", date, null, null, null, null, in.note());
            audit.record("hr", "confirm", "employee", String.valueOf(before.id()), JsonText.object("number", number,
                    "date", date));
            return byId(before.id());
        });
    }

    /** Moves a current employee to another department, position or cost centre from the effective date. */
    public EmployeeDto transfer(long companyId, String number, TransferInput input) {
        CallContext.require(EmployeePermissions.EMPLOYEE_MANAGE);
        TransferInput in = require(input);
        EmployeeDto before = load(companyId, number);
        Validation v = new Validation();
        v.required("effectiveDate", in.effectiveDate());
        v.check(in.effectiveDate() == null || !in.effectiveDate().isBefore(before.hireDate()), "effectiveDate",
                Text.of("must not be before the hire date {0}", "不能早于入职日期 {0}", before.hireDate()));
        String department = blank(in.departmentCode()) == null ? before.departmentCode() : in.departmentCode().strip();
        String position = blank(in.positionCode()) == null ? before.positionCode() : in.positionCode().strip();
        String costCentre = blank(in.costCentre()) == null ? before.costCentre() : in.costCentre().strip();
        Optional<Long> departmentId = activeDepartment(companyId, department);
        v.check(departmentId.isPresent(), "departmentCode", Text.of("there is no active department {0}",
                "不存在启用的部门 {0}", department));
        Optional<Long> positionId = position == null ? Optional.empty() : idOf("hr_position", companyId, position);
        v.check(position == null || positionId.isPresent(), "positionCode", Text.of("there is no position {0}",
                "不存在岗位 {0}", position));
        v.check(costCentre == null || idOf("hr_cost_centre", companyId, costCentre).isPresent(), "costCentre",
                Text.of("there is no cost centre {0}", "不存在成本中心 {0}", costCentre));
        v.check(!department.equals(before.departmentCode()) || !same(position, before.positionCode())
                || !same(costCentre, before.costCentre()), "departmentCode", Text.of(
                        "nothing changes: give another department, position or cost centre", "没有变化：请指定新的部门、岗位或成本中心"));
        v.maxLength("note", in.note(), 400);
        v.throwIfInvalid();
        if (before.status() != EmployeeStatus.PROBATION && before.status() != EmployeeStatus.REGULAR) {
            throw new ConflictException(Text.of("{0} is {1}: only a current employee can be transferred",
                    "{0} 状态为 {1}：只有在职员工才能调动", before.number(), before.status()));
        }
        return tx.required(() -> {
            lock(before.id());
            long fromDepartment = departmentIdOf(before.id());
            Long fromPosition = positionIdOf(before.id());
            sql.update("UPDATE hr_employee SET department_id = ?, position_id = ?, cost_centre_code = ?, updated_at = ?"
                    + " WHERE id = ?", departmentId.get(), longOrNull(positionId.orElse(null)), nullable(costCentre),
                    clock.instant(), before.id());
            event(companyId, before.id(), "TRANSFERRED", in.effectiveDate(), fromDepartment, departmentId.get(),
                    fromPosition, positionId.orElse(null), in.note());
            EmployeeDto after = byId(before.id());
            audit.record("hr", "transfer", "employee", String.valueOf(before.id()), JsonText.object("number", number,
                    "fromDepartment", before.departmentCode(), "toDepartment", after.departmentCode(), "fromPosition",
                    before.positionCode(), "toPosition", after.positionCode(), "costCentre", after.costCentre(),
                    "effectiveDate", in.effectiveDate()));
            events.publish(EmployeeTopics.EMPLOYEE_TRANSFERRED, companyId, number,
                    payload(after, in.effectiveDate(), before.departmentCode()));
            return after;
        });
    }

    /** An employee leaves: RESIGNED, offboarding checklist, user account disabled. */
    public EmployeeDto resign(long companyId, String number, ResignInput input) {
        CallContext.require(EmployeePermissions.EMPLOYEE_MANAGE);
        ResignInput in = require(input);
        EmployeeDto before = load(companyId, number);
        new Validation().required("leaveDate", in.leaveDate()).required("reason", in.reason())
                .maxLength("reason", in.reason(), 400)
                .check(in.leaveDate() == null || !in.leaveDate().isBefore(before.hireDate()), "leaveDate",
                        Text.of("must not be before the hire date {0}", "不能早于入职日期 {0}", before.hireDate()))
                .throwIfInvalid();
        if (before.status() != EmployeeStatus.PROBATION && before.status() != EmployeeStatus.REGULAR) {
            throw new ConflictException(before.status() == EmployeeStatus.RESIGNED
                    ? Text.of("{0} has already left on {1}", "{0} 已于 {1} 离职", before.number(), before.leaveDate())
                    : Text.of("{0} is not onboarded yet: onboard them first or correct the hiring record",
                            "{0} 尚未办理入职：请先办理入职或修改录用信息", before.number()));
        }
        return tx.required(() -> {
            lock(before.id());
            long lastStep = integrations.lastId(before.id());
            String manager = register.nearestManagerUsername(before.id());
            sql.update("UPDATE hr_employee SET status = ?, leave_date = ?, leave_reason = ?, updated_at = ? WHERE id = ?",
                    EmployeeStatus.RESIGNED, in.leaveDate(), in.reason().strip(), clock.instant(), before.id());
            event(companyId, before.id(), "RESIGNED", in.leaveDate(), departmentIdOf(before.id()), null,
                    positionIdOf(before.id()), null, in.reason().strip());
            checklists.create(new Checklists.Subject(companyId, before.id(), number, before.name(), before.username(),
                    manager), Checklists.OFFBOARDING, in.leaveDate(), tasks, settings.taskBoard());
            disableUser(companyId, before);
            EmployeeDto after = byId(before.id());
            audit.record("hr", "resign", "employee", String.valueOf(before.id()), JsonText.object("number", number,
                    "leaveDate", in.leaveDate(), "reason", in.reason().strip(), "steps",
                    integrations.since(before.id(), lastStep).size()));
            events.publish(EmployeeTopics.EMPLOYEE_LEFT, companyId, number, payload(after, in.leaveDate(), null));
            return after;
        });
    }

    private void disableUser(long companyId, EmployeeDto employee) {
        String username = employee.username();
        boolean exists = username != null
                && onBehalf(() -> users.users()).stream().map(UserAccount::username).anyMatch(username::equals);
        if (!exists) {
            integrations.skipped(companyId, employee.id(), "USER_DISABLED", Text.of(
                    "No user account to disable", "没有需要停用的用户账号"), username);
            return;
        }
        onBehalf(() -> {
            users.setEnabled(username, false);
            return null;
        });
        integrations.done(companyId, employee.id(), "USER_DISABLED", Text.of("User {0} disabled", "已停用用户 {0}",
                username), username);
    }

    // ---------------------------------------------------------------- checklists, history, integrations

    public List<ChecklistItemDto> checklist(long companyId, String number) {
        CallContext.require(EmployeePermissions.EMPLOYEE_READ);
        return checklists.of(load(companyId, number).id(), null);
    }

    /** Ticks off a checklist item; HR with {@code hr.employee.manage} or the item's assignee may. */
    public ChecklistItemDto completeItem(long companyId, String number, long itemId) {
        Caller caller = CallContext.current().orElseThrow(() -> new ForbiddenException(EmployeePermissions.EMPLOYEE_MANAGE));
        EmployeeDto e = load(companyId, number);
        ChecklistItemDto item = checklists.of(e.id(), null).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("{0} has no checklist item {1}", "{0} 没有清单事项 {1}",
                        number, itemId)));
        if (!caller.has(EmployeePermissions.EMPLOYEE_MANAGE)
                && !(caller.has(SelfServicePermissions.SELF) && caller.username().equals(item.assignee()))) {
            throw new ForbiddenException(EmployeePermissions.EMPLOYEE_MANAGE);
        }
        return tx.required(() -> {
            Instant now = clock.instant();
            if (sql.update("UPDATE hr_checklist_item SET status = 'DONE', done_by = ?, done_at = ? WHERE id = ?"
                    + " AND status = 'OPEN'", CallContext.actorName(), now, itemId) == 0) {
                throw new ConflictException(Text.of("\"{0}\" is already done", "“{0}”已完成", item.title()));
            }
            audit.record("hr", "checklist-done", "employee", String.valueOf(e.id()), JsonText.object("number", number,
                    "item", itemId, "title", item.title()));
            return checklists.of(e.id(), null).stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
        });
    }

    public List<IntegrationDto> integrations(long companyId, String number) {
        CallContext.require(EmployeePermissions.EMPLOYEE_READ);
        return integrations.of(load(companyId, number).id());
    }

    public List<LifecycleEventDto> history(long companyId, String number) {
        CallContext.require(EmployeePermissions.EMPLOYEE_READ);
        long id = load(companyId, number).id();
        return sql.list("SELECT v.id, v.kind, v.effective_date, fd.code AS from_department, td.code AS to_department,"
                + " fp.code AS from_position, tp.code AS to_position, v.note, v.created_by, v.created_at"
                + " FROM hr_employee_event v LEFT JOIN hr_department fd ON fd.id = v.from_department_id"
                + " LEFT JOIN hr_department td ON td.id = v.to_department_id"
                + " LEFT JOIN hr_position fp ON fp.id = v.from_position_id"
                + " LEFT JOIN hr_position tp ON tp.id = v.to_position_id"
                + " WHERE v.employee_id = ? ORDER BY v.effective_date, v.id", rs -> new LifecycleEventDto(rs.getLong("id"),
                        rs.getString("kind"), Sql.date(rs, "effective_date"), rs.getString("from_department"),
                        rs.getString("to_department"), rs.getString("from_position"), rs.getString("to_position"),
                        rs.getString("note"), rs.getString("created_by"), Sql.instant(rs, "created_at")), id);
    }

    // ---------------------------------------------------------------- helpers

    /** The employee whatever the caller may see; 404 when there is none. */
    EmployeeDto load(long companyId, String number) {
        List<EmployeeDto> rows = number == null ? List.of()
                : sql.list(SELECT + " WHERE e.company_id = ? AND e.number = ?", EmployeeService::row, companyId, number.strip());
        if (rows.isEmpty()) {
            throw new NotFoundException(Text.of("There is no employee {0}", "不存在员工 {0}", number));
        }
        return rows.get(0);
    }

    private EmployeeDto byId(long id) {
        return sql.list(SELECT + " WHERE e.id = ?", EmployeeService::row, id).get(0);
    }

    private Optional<EmployeeDto> own(long companyId) {
        return register.byUsername(companyId, CallContext.actorName()).map(f -> byId(f.id()));
    }

    private PersonalDto personalOf(long id) {
        return sql.list("SELECT number, name, base_salary, currency, bank_name, bank_account, id_number, address"
                + " FROM hr_employee WHERE id = ?", rs -> {
                    BigDecimal salary = rs.getBigDecimal("base_salary");
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    return new PersonalDto(rs.getString("number"), rs.getString("name"), salary == null ? null
                            : Money.rounded(salary, currency, java.math.RoundingMode.HALF_UP), rs.getString("bank_name"),
                            rs.getString("bank_account"), rs.getString("id_number"), rs.getString("address"));
                }, id).get(0);
    }

    private record Refs(long departmentId, Long positionId, ContractType contractType) {
    }

    /** The checks of job data shared by create and update; answers the ids the codes name. */
    private Refs jobChecks(Validation v, long companyId, EmployeeInput in) {
        v.required("name", blank(in.name())).maxLength("name", in.name(), 100);
        v.matches("username", in.username(), USERNAME, Text.of("must be 3 to 64 lower-case letters, digits, '.', '_' or '-'",
                "必须是 3 到 64 位小写字母、数字、“.”、“_”或“-”"));
        v.maxLength("gender", in.gender(), 8).maxLength("phone", in.phone(), 40).maxLength("city", in.city(), 32);
        v.matches("email", in.email(), EMAIL, Text.of("must be an e-mail address", "必须是电子邮箱地址"));
        v.maxLength("email", in.email(), 200);
        v.required("departmentCode", blank(in.departmentCode()));
        Optional<Long> department = blank(in.departmentCode()) == null ? Optional.empty()
                : activeDepartment(companyId, in.departmentCode().strip());
        v.check(blank(in.departmentCode()) == null || department.isPresent(), "departmentCode",
                Text.of("there is no active department {0}", "不存在启用的部门 {0}", in.departmentCode()));
        Optional<Long> position = blank(in.positionCode()) == null ? Optional.empty()
                : idOf("hr_position", companyId, in.positionCode().strip());
        v.check(blank(in.positionCode()) == null || position.isPresent(), "positionCode",
                Text.of("there is no position {0}", "不存在岗位 {0}", in.positionCode()));
        v.check(blank(in.costCentre()) == null || idOf("hr_cost_centre", companyId, in.costCentre().strip()).isPresent(),
                "costCentre", Text.of("there is no cost centre {0}", "不存在成本中心 {0}", in.costCentre()));
        v.required("hireDate", in.hireDate());
        ContractType type = null;
        if (blank(in.contractType()) == null) {
            v.add("contractType", Text.of("is required", "必填"));
        } else {
            try {
                type = ContractType.valueOf(in.contractType().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("contractType", Text.of("must be one of {0}", "必须是以下之一：{0}",
                        "OPEN_ENDED, FIXED_TERM, INTERNSHIP, PART_TIME, DISPATCH"));
            }
        }
        v.check(type != ContractType.FIXED_TERM || in.contractEnd() != null, "contractEnd",
                Text.of("is required for a fixed-term contract", "固定期限合同必须填写合同到期日"));
        v.check(in.contractEnd() == null || in.hireDate() == null || in.contractEnd().isAfter(in.hireDate()),
                "contractEnd", Text.of("must be after the hire date", "必须晚于入职日期"));
        v.check(in.probationEnd() == null || in.hireDate() == null || in.probationEnd().isAfter(in.hireDate()),
                "probationEnd", Text.of("must be after the hire date", "必须晚于入职日期"));
        return new Refs(department.orElse(0L), position.orElse(null), type);
    }

    private Optional<Long> activeDepartment(long companyId, String code) {
        return sql.list("SELECT id FROM hr_department WHERE company_id = ? AND code = ? AND active = ?", rs -> rs.getLong(1),
                companyId, code, true).stream().findFirst();
    }

    private Optional<Long> idOf(String table, long companyId, String code) {
        return sql.list("SELECT id FROM " + table + " WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId,
                code).stream().findFirst();
    }

    private long departmentIdOf(long employeeId) {
        return sql.list("SELECT department_id FROM hr_employee WHERE id = ?", rs -> rs.getLong(1), employeeId).get(0);
    }

    private Long positionIdOf(long employeeId) {
        return sql.list("SELECT position_id FROM hr_employee WHERE id = ?", rs -> Sql.nullableLong(rs, "position_id"),
                employeeId).get(0);
    }

    private Checklists.Subject subject(long companyId, EmployeeDto e, String username) {
        return new Checklists.Subject(companyId, e.id(), e.number(), e.name(), username, register.nearestManagerUsername(e.id()));
    }

    /** Serialises writers of one employee: the second waits for the first's commit. */
    private void lock(long employeeId) {
        sql.update("UPDATE hr_employee SET version = version + 1 WHERE id = ?", employeeId);
    }

    private void event(long companyId, long employeeId, String kind, LocalDate date, Long fromDepartment,
                       Long toDepartment, Long fromPosition, Long toPosition, String note) {
        sql.insert("INSERT INTO hr_employee_event (company_id, employee_id, kind, effective_date, from_department_id,"
                + " to_department_id, from_position_id, to_position_id, note, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, employeeId, kind, date, longOrNull(fromDepartment),
                longOrNull(toDepartment), longOrNull(fromPosition), longOrNull(toPosition), nullable(note),
                CallContext.actorName(), clock.instant());
    }

    private static String payload(EmployeeDto e, LocalDate date, String fromDepartment) {
        return fromDepartment == null
                ? JsonText.object("number", e.number(), "username", e.username(), "name", e.name(), "department",
                        e.departmentCode(), "position", e.positionCode(), "date", date)
                : JsonText.object("number", e.number(), "username", e.username(), "name", e.name(), "department",
                        e.departmentCode(), "position", e.positionCode(), "date", date, "fromDepartment", fromDepartment);
    }

    /**
     * Runs a user-directory call in HR's name: the acting clerk, with only the user permissions
     * onboarding and offboarding need, so the platform audits the clerk.
     */
    private <T> T onBehalf(Callable<T> work) {
        Caller delegate = new Caller(CallContext.actorName(), Set.of(), Set.of(PlatformPermissions.USER_READ,
                PlatformPermissions.USER_WRITE, PlatformPermissions.ROLE_READ, PlatformPermissions.ROLE_WRITE));
        try {
            return CallContext.runAs(delegate, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
        }
        return password.toString();
    }

    private static List<String> changedFields(PersonalInput in) {
        List<String> fields = new ArrayList<>();
        if (in.baseSalary() != null) {
            fields.add("baseSalary");
        }
        if (in.bankName() != null || in.bankAccount() != null) {
            fields.add("bank");
        }
        if (in.idNumber() != null) {
            fields.add("idNumber");
        }
        if (in.address() != null) {
            fields.add("address");
        }
        return fields;
    }

    private static boolean knownCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean same(String typed, String current) {
        String t = blank(typed);
        return t == null ? current == null : t.equals(current);
    }

    static <T> T require(T input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return input;
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private static Object dateOrNull(LocalDate d) {
        return d == null ? Sql.Null.DATE : d;
    }

    private static Object longOrNull(Long l) {
        return l == null ? Sql.Null.BIGINT : l;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static EmployeeDto row(ResultSet rs) throws SQLException {
        return new EmployeeDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"), rs.getString("username"),
                rs.getString("name"), rs.getString("gender"), Sql.date(rs, "birth_date"), rs.getString("email"),
                rs.getString("phone"), rs.getString("department_code"), rs.getString("department_name"),
                rs.getString("position_code"), rs.getString("position_name"), rs.getString("cost_centre_code"),
                rs.getString("city"), Sql.date(rs, "hire_date"), Sql.date(rs, "probation_end"),
                ContractType.valueOf(rs.getString("contract_type")), Sql.date(rs, "contract_end"),
                EmployeeStatus.valueOf(rs.getString("status")), Sql.date(rs, "leave_date"), rs.getString("leave_reason"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
