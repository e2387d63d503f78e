package io.tangram.hr.impl.leave;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.hr.impl.SelfServicePermissions;
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
 * The company's leave types: listing them, adding new ones and changing or deactivating them with
 * {@code hr.leave.manage}. A type is never deleted: deactivated, it takes no new requests while its
 * existing requests and balances stay.
 */
@Component(service = LeaveTypeService.class)
public class LeaveTypeService {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    /** The most days a type may give a year or per request. */
    static final BigDecimal MAX_DAYS = BigDecimal.valueOf(366);

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final LeaveLedger ledger;
    private final Clock clock;

    @Activate
    public LeaveTypeService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                            @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                            @Reference Transactions tx, @Reference AuditLog audit) {
        this(dataSource, tx, audit, Clock.systemUTC());
    }

    /** For tests: {@code clock} says when types are created and changed. */
    LeaveTypeService(DataSource dataSource, Transactions tx, AuditLog audit, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.ledger = new LeaveLedger(sql, tx);
        this.clock = clock;
    }

    /** The company's active leave types, and the inactive ones too when asked; every employee may read them. */
    public List<LeaveType> list(long companyId, boolean inactive) {
        if (!LeaveAccess.callerHas(LeavePermissions.LEAVE_READ) && !LeaveAccess.callerHas(LeavePermissions.LEAVE_MANAGE)) {
            CallContext.require(SelfServicePermissions.SELF);
        }
        return ledger.types(companyId).stream().filter(t -> inactive || t.active()).toList();
    }

    /** Adds a leave type; 409 when the company already has one with the code. */
    public LeaveType create(LeaveTypeInput input) {
        CallContext.require(LeavePermissions.LEAVE_MANAGE);
        LeaveTypeInput in = input == null ? empty() : input;
        long companyId = company(in.companyId());
        String code = in.code() == null ? null : in.code().strip();
        Validation v = new Validation().required("code", code).matches("code", code, CODE, Text.of(
                "must be 2 to 32 capital letters, digits or _, starting with a letter (e.g. STUDY)",
                "必须是 2 到 32 位大写字母、数字或下划线，以字母开头（例如 STUDY）"));
        LeaveType type = validated(v, companyId, code, in, null);
        try {
            return tx.required(() -> {
                if (ledger.type(companyId, code).isPresent()) {
                    throw exists(code);
                }
                Instant now = clock.instant();
                long id = sql.insert("INSERT INTO hr_leave_type (company_id, code, name, name_zh, paid, entitlement_rule,"
                        + " entitlement_days, accrual, max_carry_over_days, half_days_allowed, requires_attachment,"
                        + " calendar_days, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        companyId, code, type.name(), type.nameZh(), type.paid(), type.entitlementRule().name(),
                        days(type.entitlementDays()), type.accrual().name(), type.maxCarryOverDays(),
                        type.halfDaysAllowed(), type.requiresAttachment(), type.calendarDays(), type.active(), now, now);
                LeaveType created = ledger.type(id).orElseThrow();
                audit.record("hr", "create", "leave-type", String.valueOf(id), JsonText.write(created));
                return created;
            });
        } catch (Sql.DuplicateKeyException e) {
            throw exists(code);
        }
    }

    /**
     * Changes the type {@code code}: fields left out keep their value. {@code "active": false} deactivates
     * it, {@code true} takes it into use again. The entitlement rule of a type with requests or balance
     * entries does not change (409): deactivate it and add a new type instead.
     */
    public LeaveType update(long companyId, String code, LeaveTypeInput input) {
        CallContext.require(LeavePermissions.LEAVE_MANAGE);
        LeaveTypeInput in = input == null ? empty() : input;
        LeaveType before = ledger.type(companyId, code).orElseThrow(() -> new NotFoundException(
                Text.of("There is no leave type {0}", "不存在假期类型 {0}", code)));
        Validation v = new Validation().check(in.code() == null || in.code().strip().equals(before.code()), "code",
                Text.of("cannot be changed (it is {0})", "不能修改（当前为 {0}）", before.code()));
        LeaveType after = validated(v, companyId, before.code(), in, before);
        return tx.required(() -> {
            if (after.entitlementRule() != before.entitlementRule() && inUse(before.id())) {
                throw new ConflictException(Text.of("{0} ({1}) already has leave requests or balances, so its entitlement"
                        + " rule stays {2}; deactivate it and add a new leave type instead",
                        "{3}（{1}）已有请假申请或假期余额，享有规则只能保持 {2}；请停用该类型并新增一个假期类型",
                        before.name(), before.code(), before.entitlementRule().name(), before.nameZh()));
            }
            Map<String, Object> changes = changes(before, after);
            if (changes.isEmpty()) {
                return before;
            }
            sql.update("UPDATE hr_leave_type SET name = ?, name_zh = ?, paid = ?, entitlement_rule = ?, entitlement_days = ?,"
                    + " accrual = ?, max_carry_over_days = ?, half_days_allowed = ?, requires_attachment = ?,"
                    + " calendar_days = ?, active = ?, updated_at = ? WHERE id = ?", after.name(), after.nameZh(),
                    after.paid(), after.entitlementRule().name(), days(after.entitlementDays()), after.accrual().name(),
                    after.maxCarryOverDays(), after.halfDaysAllowed(), after.requiresAttachment(), after.calendarDays(),
                    after.active(), clock.instant(), before.id());
            String action = before.active() == after.active() ? "update" : after.active() ? "reactivate" : "deactivate";
            audit.record("hr", action, "leave-type", String.valueOf(before.id()),
                    JsonText.object("code", before.code(), "changes", changes));
            return ledger.type(before.id()).orElseThrow();
        });
    }

    /** The type the input describes, on top of {@code current} when updating; throws every bad field at once. */
    private static LeaveType validated(Validation v, long companyId, String code, LeaveTypeInput in, LeaveType current) {
        boolean creating = current == null;
        String name = pick(in.name(), creating ? null : current.name());
        String nameZh = pick(in.nameZh(), creating ? null : current.nameZh());
        v.required("name", name).maxLength("name", name, 100).required("nameZh", nameZh).maxLength("nameZh", nameZh, 100);

        LeaveType.Rule rule = creating ? null : current.entitlementRule();
        if (in.entitlementRule() != null || creating) {
            rule = choice(v, "entitlementRule", in.entitlementRule(), LeaveType.Rule.class);
            v.required("entitlementRule", in.entitlementRule());
        }
        boolean sameRule = !creating && rule == current.entitlementRule();
        BigDecimal days = in.entitlementDays() != null || !sameRule ? in.entitlementDays() : current.entitlementDays();
        LeaveType.Accrual accrual = in.accrual() != null ? choice(v, "accrual", in.accrual(), LeaveType.Accrual.class)
                : sameRule ? current.accrual() : null;
        BigDecimal carryOver = in.maxCarryOverDays() != null ? in.maxCarryOverDays()
                : creating ? BigDecimal.ZERO : current.maxCarryOverDays();

        boolean yearly = rule == LeaveType.Rule.SERVICE_YEARS || rule == LeaveType.Rule.FIXED_PER_YEAR;
        if (rule == LeaveType.Rule.FIXED_PER_YEAR || rule == LeaveType.Rule.PER_EVENT) {
            Text what = rule == LeaveType.Rule.PER_EVENT ? Text.of("per request", "每次") : Text.of("a year", "每年");
            v.check(days != null, "entitlementDays", Text.of("is required for " + rule + ": the days "
                    + what.in(Locale.ENGLISH), rule + " 需要填写" + what.in(Locale.SIMPLIFIED_CHINESE) + "天数"));
            v.check(days == null || days.signum() > 0 && days.compareTo(MAX_DAYS) <= 0 && twoDecimals(days),
                    "entitlementDays", Text.of("must be more than 0 and at most 366 days, with at most 2 decimals",
                            "必须大于 0 且不超过 366 天，最多两位小数"));
        } else if (rule != null) {
            v.check(days == null, "entitlementDays", Text.of("must be left out for " + rule
                    + (rule == LeaveType.Rule.SERVICE_YEARS ? ": the days follow the years of service" : ": there is no limit"),
                    rule == LeaveType.Rule.SERVICE_YEARS ? "SERVICE_YEARS 不填天数：天数按工龄计算" : "UNLIMITED 不填天数：不限天数"));
        }
        if (rule != null && accrual == null) {
            accrual = yearly ? LeaveType.Accrual.MONTHLY : LeaveType.Accrual.NONE;
        }
        if (rule != null && accrual != null) {
            v.check(!yearly || accrual != LeaveType.Accrual.NONE, "accrual", Text.of("must be MONTHLY or ANNUAL for "
                    + rule, rule + " 的累计方式必须是 MONTHLY 或 ANNUAL"));
            v.check(yearly || accrual == LeaveType.Accrual.NONE, "accrual", Text.of("must be NONE for " + rule
                    + ": it has no yearly balance", rule + " 没有年度余额，累计方式必须是 NONE"));
        }
        v.check(carryOver.signum() >= 0 && carryOver.compareTo(MAX_DAYS) <= 0 && twoDecimals(carryOver),
                "maxCarryOverDays", Text.of("must be 0 to 366 days, with at most 2 decimals", "必须在 0 到 366 天之间，最多两位小数"));
        v.check(rule == null || yearly || carryOver.signum() <= 0, "maxCarryOverDays", Text.of("must be 0 for " + rule
                + ": it has no yearly balance to carry over", rule + " 没有年度余额可结转，必须为 0"));
        v.throwIfInvalid();
        return new LeaveType(creating ? 0 : current.id(), companyId, code, name, nameZh,
                flag(in.paid(), creating ? true : current.paid()), rule, days == null ? null : days.setScale(2),
                accrual, carryOver.setScale(2), flag(in.halfDaysAllowed(), creating ? true : current.halfDaysAllowed()),
                flag(in.requiresAttachment(), creating ? false : current.requiresAttachment()),
                flag(in.calendarDays(), creating ? false : current.calendarDays()),
                flag(in.active(), creating ? true : current.active()));
    }

    private static Map<String, Object> changes(LeaveType before, LeaveType after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        change(changes, "name", before.name(), after.name());
        change(changes, "nameZh", before.nameZh(), after.nameZh());
        change(changes, "paid", before.paid(), after.paid());
        change(changes, "entitlementRule", before.entitlementRule(), after.entitlementRule());
        change(changes, "entitlementDays", before.entitlementDays(), after.entitlementDays());
        change(changes, "accrual", before.accrual(), after.accrual());
        change(changes, "maxCarryOverDays", before.maxCarryOverDays(), after.maxCarryOverDays());
        change(changes, "halfDaysAllowed", before.halfDaysAllowed(), after.halfDaysAllowed());
        change(changes, "requiresAttachment", before.requiresAttachment(), after.requiresAttachment());
        change(changes, "calendarDays", before.calendarDays(), after.calendarDays());
        change(changes, "active", before.active(), after.active());
        return changes;
    }

    private static void change(Map<String, Object> changes, String field, Object before, Object after) {
        boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a ? b.compareTo(a) == 0
                : Objects.equals(before, after);
        if (!same) {
            changes.put(field, JsonText.map("from", before, "to", after));
        }
    }

    private boolean inUse(long typeId) {
        return !sql.list("SELECT id FROM hr_leave_request WHERE leave_type_id = ? FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getLong(1), typeId).isEmpty()
                || !sql.list("SELECT id FROM hr_leave_entry WHERE leave_type_id = ? FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getLong(1), typeId).isEmpty();
    }

    private static <E extends Enum<E>> E choice(Validation v, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, Text.of("must be one of {0}", "必须是 {0} 之一", Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String pick(String given, String current) {
        return given == null ? current : given.strip();
    }

    private static boolean flag(Boolean given, boolean current) {
        return given == null ? current : given;
    }

    private static boolean twoDecimals(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 2;
    }

    private static Object days(BigDecimal days) {
        return days == null ? Sql.Null.DECIMAL : days;
    }

    private static ConflictException exists(String code) {
        return new ConflictException(Text.of("There is already a leave type {0}; change it instead of adding it again",
                "假期类型 {0} 已存在；请修改它，不要重复新增", code));
    }

    private static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    private static LeaveTypeInput empty() {
        return new LeaveTypeInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
