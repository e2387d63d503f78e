package io.tangram.hr.impl.leave;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.hr.impl.leave.LeaveLedger.Kind;
import io.tangram.oa.api.people.LeaveBalances;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Leave balances: the monthly accrual run (with the year-end carry-over and expiry in
 * January's run), manual adjustments, balances of one employee, the balance report, and OA's
 * {@link LeaveBalances} for checking OA leave forms.
 */
@Component(service = {LeaveBalanceService.class, LeaveBalances.class})
public class LeaveBalanceService implements LeaveBalances {

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final LeaveSettings settings;
    private final LeaveLedger ledger;
    private final LeaveAccess access;
    private final Clock clock;

    @Activate
    public LeaveBalanceService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference Transactions tx, @Reference AuditLog audit,
                               @Reference EmployeeRegister employees, @Reference LeaveSettings settings) {
        this(dataSource, tx, audit, employees, settings, Clock.systemUTC());
    }

    /** For tests: {@code clock} says what today is. */
    LeaveBalanceService(DataSource dataSource, Transactions tx, AuditLog audit, EmployeeRegister employees,
                        LeaveSettings settings, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.settings = settings;
        this.ledger = new LeaveLedger(sql, tx);
        this.access = new LeaveAccess(employees);
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

    // ---------------------------------------------------------------- balances

    /**
     * One employee's balances on {@code on} (today when {@code null}) of every active type, and of a
     * deactivated type while the employee still has entries of it that year; own ones with {@code hr.self.service}.
     */
    public List<BalanceLine> balances(long companyId, String employee, LocalDate on) {
        EmployeeFacts e = access.employee(companyId, employee, LeavePermissions.LEAVE_READ);
        LocalDate day = on == null ? today() : on;
        return ledger.types(companyId).stream().filter(t -> t.active() || ledger.hasEntries(e.id(), t.id(), day.getYear()))
                .map(t -> line(e, t, day)).toList();
    }

    /**
     * {@code GET /reports/leave-balances}: every employee employed this year up to {@code on}, optionally
     * of one department, with each active type's balance.
     */
    public List<BalanceLine> report(long companyId, LocalDate on, String department) {
        CallContext.require(LeavePermissions.REPORT_READ);
        LocalDate day = on == null ? today() : on;
        List<LeaveType> types = ledger.types(companyId).stream().filter(LeaveType::active).toList();
        List<BalanceLine> lines = new ArrayList<>();
        for (EmployeeFacts e : access.register().employedBetween(companyId, day.withDayOfYear(1), day)) {
            if (department == null || department.isBlank() || department.strip().equals(e.departmentCode())) {
                types.forEach(t -> lines.add(line(e, t, day)));
            }
        }
        return lines;
    }

    private BalanceLine line(EmployeeFacts e, LeaveType t, LocalDate on) {
        int year = on.getYear();
        BigDecimal taken = ledger.sumOf(e.id(), t.id(), year, on, Kind.TAKEN, Kind.RESTORED).negate();
        BigDecimal entitled = Entitlements.yearly(t, e.hireDate(), on);
        BigDecimal accrued = null;
        BigDecimal available = null;
        if (t.accrues()) {
            accrued = ledger.sumOf(e.id(), t.id(), year, on, Kind.GRANT, Kind.ACCRUAL, Kind.ADJUSTMENT, Kind.CARRY_OVER);
            available = ledger.balance(e.id(), t.id(), year, on);
        } else if (t.entitlementRule() == LeaveType.Rule.PER_EVENT) {
            available = entitled;
        }
        return new BalanceLine(e.number(), e.name(), e.departmentCode(), t.code(), t.name(), t.nameZh(), t.paid(), year,
                entitled, accrued, zeroIfNegZero(taken), available);
    }

    private static BigDecimal zeroIfNegZero(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO.setScale(2) : value;
    }

    /**
     * For OA's leave forms: the balance of a type in the year of {@code on}; unknown employees and
     * types answer {@code known = false}. No permission is needed: OA asks while an employee fills in
     * their own form, and it answers one number.
     */
    @Override
    public LeaveBalance balance(long companyId, String username, String leaveType, LocalDate on) {
        Optional<EmployeeFacts> e = access.byUsername(companyId, username);
        Optional<LeaveType> t = ledger.type(companyId, leaveType);
        if (e.isEmpty() || t.isEmpty() || !t.get().active()) {
            return new LeaveBalance(false, null);
        }
        LocalDate day = on == null ? today() : on;
        return new LeaveBalance(true, available(e.get(), t.get(), day));
    }

    /** Days still available of a type in the year of {@code day}; per-request days for per-event types, {@code null} when unlimited. */
    BigDecimal available(EmployeeFacts e, LeaveType t, LocalDate day) {
        if (t.accrues()) {
            return ledger.balance(e.id(), t.id(), day.getYear(), null);
        }
        return t.entitlementRule() == LeaveType.Rule.PER_EVENT ? Entitlements.yearly(t, e.hireDate(), day) : null;
    }

    // ---------------------------------------------------------------- accruals

    /**
     * Credits {@code month}'s accrual (or annual grant) of every accruing type to everyone employed
     * at the month's end; in January it first carries the previous year's balance over (up to the
     * type's maximum) and lets the rest expire. Idempotent per employee, type and month.
     */
    public AccrualRun accrue(long companyId, YearMonth month) {
        CallContext.require(LeavePermissions.LEAVE_MANAGE);
        new Validation().required("month", month).throwIfInvalid();
        return tx.required(() -> {
            LocalDate monthEnd = month.atEndOfMonth();
            List<LeaveType> types = ledger.types(companyId).stream().filter(t -> t.active() && t.accrues()).toList();
            List<EmployeeFacts> staff = access.register().employedBetween(companyId, monthEnd, monthEnd);
            LeaveType.Accrual annual = settings.annualAccrual();
            Instant now = clock.instant();
            int entries = 0;
            int already = 0;
            BigDecimal days = BigDecimal.ZERO.setScale(2);
            for (EmployeeFacts e : staff) {
                ledger.lockEmployee(e.id());
                for (LeaveType t : types) {
                    if (month.getMonthValue() == 1) {
                        entries += yearEnd(companyId, e, t, month.getYear() - 1, now);
                    }
                    LeaveType.Accrual mode = t.entitlementRule() == LeaveType.Rule.SERVICE_YEARS ? annual : t.accrual();
                    BigDecimal yearly = Entitlements.yearly(t, e.hireDate(), monthEnd);
                    String key = (mode == LeaveType.Accrual.ANNUAL ? "GRANT:" : "ACCRUAL:") + month;
                    if (mode == LeaveType.Accrual.NONE) {
                        continue;
                    }
                    if (ledger.has(e.id(), t.id(), key)) {
                        already++;
                        continue;
                    }
                    BigDecimal credit = mode == LeaveType.Accrual.MONTHLY
                            ? Entitlements.monthly(yearly, month.getMonthValue())
                            : yearly.subtract(ledger.sumOf(e.id(), t.id(), month.getYear(), monthEnd, Kind.GRANT));
                    if (credit.signum() > 0) {
                        ledger.add(companyId, e.id(), t.id(), month.getYear(),
                                mode == LeaveType.Accrual.ANNUAL ? Kind.GRANT : Kind.ACCRUAL, credit, monthEnd, key,
                                month.toString(), mode == LeaveType.Accrual.ANNUAL
                                        ? "Entitlement " + yearly.toPlainString() + " days for " + month.getYear()
                                        : "1/12 of " + yearly.toPlainString() + " days", now);
                        entries++;
                        days = days.add(credit);
                    }
                }
            }
            AccrualRun run = new AccrualRun(companyId, month.toString(), annual.name(), staff.size(), entries, days, already);
            audit.record("hr", "accrue", "leave-accrual", companyId + ":" + month, JsonText.write(run));
            return run;
        });
    }

    /** Carries {@code year}'s unused balance into the next year up to the type's maximum; the rest expires. */
    private int yearEnd(long companyId, EmployeeFacts e, LeaveType t, int year, Instant now) {
        String carryKey = "CARRY_OVER:" + year;
        String expiryKey = "EXPIRY:" + year;
        if (ledger.has(e.id(), t.id(), carryKey) || ledger.has(e.id(), t.id(), expiryKey)) {
            return 0;
        }
        BigDecimal left = ledger.balance(e.id(), t.id(), year, null);
        if (left.signum() <= 0) {
            return 0;
        }
        BigDecimal carried = left.min(t.maxCarryOverDays().setScale(2, RoundingMode.HALF_UP));
        BigDecimal expired = left.subtract(carried);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        int written = 0;
        if (carried.signum() > 0) {
            ledger.add(companyId, e.id(), t.id(), year, Kind.CARRY_OVER, carried.negate(), yearEnd, carryKey,
                    String.valueOf(year + 1), "Carried over to " + (year + 1), now);
            ledger.add(companyId, e.id(), t.id(), year + 1, Kind.CARRY_OVER, carried, yearEnd.plusDays(1),
                    "CARRY_IN:" + year, String.valueOf(year), "Carried over from " + year, now);
            written += 2;
        }
        if (expired.signum() > 0) {
            ledger.add(companyId, e.id(), t.id(), year, Kind.EXPIRY, expired.negate(), yearEnd, expiryKey,
                    String.valueOf(year), "Over the carry-over maximum of " + t.maxCarryOverDays().toPlainString(), now);
            written++;
        }
        return written;
    }

    // ---------------------------------------------------------------- adjustments

    /** Credits or debits a balance by hand, with a reason; the balance may not become negative. */
    public BalanceLine adjust(Adjustment input) {
        CallContext.require(LeavePermissions.LEAVE_MANAGE);
        Adjustment in = input == null ? new Adjustment(null, null, null, null, null, null) : input;
        long companyId = in.companyId() == null ? io.tangram.masterdata.api.CompanyService.DEFAULT_COMPANY_ID
                : in.companyId();
        Validation v = new Validation().required("employee", in.employee()).required("leaveType", in.leaveType())
                .required("days", in.days()).required("reason", in.reason()).maxLength("reason", in.reason(), 400);
        Optional<EmployeeFacts> e = access.byNumber(companyId, in.employee());
        v.check(in.employee() == null || e.isPresent(), "employee",
                Text.of("there is no employee {0}", "不存在员工 {0}", in.employee()));
        Optional<LeaveType> t = ledger.type(companyId, in.leaveType());
        v.check(in.leaveType() == null || t.isPresent(), "leaveType",
                Text.of("there is no leave type {0}", "不存在假期类型 {0}", in.leaveType()));
        v.check(t.isEmpty() || t.get().accrues(), "leaveType", Text.of("has no yearly balance to adjust",
                "该假期类型没有年度余额，不能调整"));
        v.check(in.days() == null || in.days().signum() != 0 && in.days().stripTrailingZeros().scale() <= 2, "days",
                Text.of("must be a non-zero number of days with at most 2 decimals", "必须是非零天数，最多两位小数"));
        v.throwIfInvalid();
        LocalDate today = today();
        int year = in.year() == null ? today.getYear() : in.year();
        return tx.required(() -> {
            EmployeeFacts emp = e.get();
            LeaveType type = t.get();
            ledger.lockEmployee(emp.id());
            BigDecimal before = ledger.balance(emp.id(), type.id(), year, null);
            BigDecimal after = before.add(in.days());
            if (after.signum() < 0) {
                throw new ConflictException(Text.of(type.name() + " balance of {0} for {1} is {2} days; taking {3} days"
                        + " off would make it negative", type.nameZh() + "余额（{0}，{1} 年）为 {2} 天，扣减 {3} 天后将为负数",
                        emp.number(), String.valueOf(year), before, in.days().negate()));
            }
            LocalDate effective = year == today.getYear() ? today
                    : year < today.getYear() ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            long id = ledger.add(companyId, emp.id(), type.id(), year, Kind.ADJUSTMENT, in.days(), effective, null, null,
                    in.reason().strip(), clock.instant());
            audit.record("hr", "adjust", "leave-balance", String.valueOf(id), JsonText.object("employee", emp.number(),
                    "leaveType", type.code(), "year", year, "days", in.days(), "before", before, "after", after,
                    "reason", in.reason().strip()));
            return line(emp, type, effective);
        });
    }
}
