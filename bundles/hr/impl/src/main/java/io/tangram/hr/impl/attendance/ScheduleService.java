package io.tangram.hr.impl.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
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
 * Work schedules in {@code hr_work_schedule}, who works which from when in
 * {@code hr_schedule_assignment}, and holidays and make-up working days in {@code hr_holiday}; the
 * {@link WorkCalendar} leave counts its days with. Depends on nothing of leave.
 */
@Component(service = {ScheduleService.class, WorkCalendar.class})
public class ScheduleService implements WorkCalendar {
    private static final String SELECT = "SELECT id, company_id, code, name, name_zh, start_time, end_time, break_minutes,"
            + " working_days, late_grace_minutes, early_grace_minutes, overtime_threshold_minutes, active"
            + " FROM hr_work_schedule";
    private static final List<String> WEEKDAYS = Arrays.stream(DayOfWeek.values()).map(d -> d.name().substring(0, 3))
            .toList();

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EmployeeRegister register;
    private final AttendanceSettings settings;
    private final Clock clock;

    @Activate
    public ScheduleService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference EmployeeRegister register,
                           @Reference AttendanceSettings settings) {
        this(dataSource, tx, audit, register, settings, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps the rows. */
    ScheduleService(DataSource dataSource, Transactions tx, AuditLog audit, EmployeeRegister register,
                    AttendanceSettings settings, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.register = register;
        this.settings = settings;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- schedules

    public List<WorkSchedule> schedules(long companyId) {
        CallContext.require(AttendancePermissions.READ);
        return sql.list(SELECT + " WHERE company_id = ? ORDER BY code", ScheduleService::row, companyId);
    }

    public WorkSchedule schedule(long companyId, String code) {
        CallContext.require(AttendancePermissions.READ);
        return find(companyId, code).orElseThrow(() -> noSchedule(code));
    }

    public WorkSchedule create(long companyId, ScheduleInput input) {
        CallContext.require(AttendancePermissions.MANAGE);
        Validation v = check(input);
        v.required("code", input.code()).maxLength("code", input.code(), 32);
        v.throwIfInvalid();
        String code = input.code().strip().toUpperCase(Locale.ROOT);
        if (find(companyId, code).isPresent()) {
            throw new ConflictException(Text.of("There is already a schedule {0}", "班次 {0} 已存在", code));
        }
        return tx.required(() -> {
            long id;
            try {
                id = sql.insert("INSERT INTO hr_work_schedule (company_id, code, name, name_zh, start_time, end_time,"
                        + " break_minutes, working_days, late_grace_minutes, early_grace_minutes, overtime_threshold_minutes,"
                        + " active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                        companyId, code, input.name().strip(), nullable(input.nameZh()), Time.valueOf(input.start()),
                        Time.valueOf(input.end()), or(input.breakMinutes(), 60), days(input.workingDays()),
                        or(input.lateGraceMinutes(), 0), or(input.earlyGraceMinutes(), 0),
                        or(input.overtimeThresholdMinutes(), 30), input.active() == null || input.active(),
                        clock.instant(), clock.instant());
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(Text.of("There is already a schedule {0}", "班次 {0} 已存在", code));
            }
            WorkSchedule created = sql.one(SELECT + " WHERE id = ?", ScheduleService::row, id).orElseThrow();
            audit.record("hr", "create", "work-schedule", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /** Changes a schedule; the code stays. Days already computed keep their result until recomputed. */
    public WorkSchedule update(long companyId, String code, ScheduleInput input) {
        CallContext.require(AttendancePermissions.MANAGE);
        WorkSchedule before = find(companyId, code).orElseThrow(() -> noSchedule(code));
        Validation v = check(input);
        v.check(input.code() == null || input.code().strip().equalsIgnoreCase(before.code()), "code",
                Text.of("cannot be changed", "不能修改"));
        v.throwIfInvalid();
        return tx.required(() -> {
            sql.update("UPDATE hr_work_schedule SET name = ?, name_zh = ?, start_time = ?, end_time = ?, break_minutes = ?,"
                    + " working_days = ?, late_grace_minutes = ?, early_grace_minutes = ?, overtime_threshold_minutes = ?,"
                    + " active = ?, version = version + 1, updated_at = ? WHERE id = ?", input.name().strip(),
                    nullable(input.nameZh()), Time.valueOf(input.start()), Time.valueOf(input.end()),
                    or(input.breakMinutes(), before.breakMinutes()),
                    input.workingDays() == null ? String.join(",", before.workingDays()) : days(input.workingDays()),
                    or(input.lateGraceMinutes(), before.lateGraceMinutes()),
                    or(input.earlyGraceMinutes(), before.earlyGraceMinutes()),
                    or(input.overtimeThresholdMinutes(), before.overtimeThresholdMinutes()),
                    input.active() == null ? before.active() : input.active(), clock.instant(), before.id());
            WorkSchedule updated = sql.one(SELECT + " WHERE id = ?", ScheduleService::row, before.id()).orElseThrow();
            audit.record("hr", "update", "work-schedule", String.valueOf(before.id()),
                    JsonText.object("before", before, "after", updated));
            return updated;
        });
    }

    // ---------------------------------------------------------------- assignments

    /** {@code employee} works schedule {@code code} from {@code from} on; the same date again replaces it. */
    public ScheduleAssignment assign(long companyId, String employee, String code, LocalDate from) {
        CallContext.require(AttendancePermissions.MANAGE);
        Validation v = new Validation().required("employee", employee).required("schedule", code).required("from", from);
        v.throwIfInvalid();
        EmployeeFacts facts = register.byNumber(companyId, employee.strip())
                .orElseThrow(() -> AttendanceService.noEmployee(employee));
        WorkSchedule schedule = find(companyId, code).orElseThrow(() -> noSchedule(code));
        if (!schedule.active()) {
            throw new ConflictException(Text.of("Schedule {0} is no longer in use", "班次 {0} 已停用", schedule.code()));
        }
        return tx.required(() -> {
            int changed = sql.update("UPDATE hr_schedule_assignment SET schedule_id = ?, created_by = ?, created_at = ?"
                    + " WHERE employee_id = ? AND valid_from = ?", schedule.id(), CallContext.actorName(), clock.instant(),
                    facts.id(), from);
            if (changed == 0) {
                sql.insert("INSERT INTO hr_schedule_assignment (employee_id, schedule_id, valid_from, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)", facts.id(), schedule.id(), from, CallContext.actorName(),
                        clock.instant());
            }
            audit.record("hr", "assign-schedule", "employee", String.valueOf(facts.id()),
                    JsonText.object("employee", facts.number(), "schedule", schedule.code(), "from", from));
            return new ScheduleAssignment(facts.number(), facts.name(), schedule.code(), from, CallContext.actorName());
        });
    }

    public List<ScheduleAssignment> assignments(long companyId, String employee) {
        CallContext.require(AttendancePermissions.READ);
        EmployeeFacts facts = register.byNumber(companyId, employee == null ? "" : employee.strip())
                .orElseThrow(() -> AttendanceService.noEmployee(employee));
        return sql.list("SELECT s.code, a.valid_from, a.created_by FROM hr_schedule_assignment a"
                + " JOIN hr_work_schedule s ON s.id = a.schedule_id WHERE a.employee_id = ? ORDER BY a.valid_from",
                rs -> new ScheduleAssignment(facts.number(), facts.name(), rs.getString(1), Sql.date(rs, "valid_from"),
                        rs.getString(3)), facts.id());
    }

    // ---------------------------------------------------------------- holidays

    public List<Holiday> holidays(long companyId, int year) {
        CallContext.require(AttendancePermissions.READ);
        return marked(companyId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Replaces the year's holidays and make-up working days with {@code days} (an empty list clears
     * the year). Days already computed keep their result until recomputed.
     */
    public List<Holiday> replaceHolidays(long companyId, int year, List<Holiday> days) {
        CallContext.require(AttendancePermissions.MANAGE);
        Validation v = new Validation();
        v.check(year >= 2000 && year <= 2100, "year", Text.of("must be between 2000 and 2100", "必须在 2000 到 2100 之间"));
        v.required("days", days);
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; days != null && i < days.size(); i++) {
            Holiday h = days.get(i);
            String f = "days[" + i + "]";
            if (h == null) {
                v.add(f, Text.of("is required", "必填"));
                continue;
            }
            v.required(f + ".date", h.date()).required(f + ".kind", h.kind()).required(f + ".name", h.name())
                    .maxLength(f + ".name", h.name(), 100).maxLength(f + ".nameZh", h.nameZh(), 100);
            v.check(h.date() == null || h.date().getYear() == year, f + ".date",
                    Text.of("is not in {0}", "不在 {0} 年内", String.valueOf(year)));
            v.check(h.date() == null || seen.add(h.date()), f + ".date",
                    Text.of("{0} is listed twice", "{0} 重复", h.date()));
        }
        v.throwIfInvalid();
        return tx.required(() -> {
            sql.update("DELETE FROM hr_holiday WHERE company_id = ? AND holiday_date BETWEEN ? AND ?", companyId,
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            for (Holiday h : days) {
                sql.update("INSERT INTO hr_holiday (company_id, holiday_date, kind, name, name_zh, updated_by, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", companyId, h.date(), h.kind(), h.name().strip(),
                        nullable(h.nameZh()), CallContext.actorName(), clock.instant());
            }
            List<Holiday> stored = marked(companyId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            audit.record("hr", "replace-holidays", "holiday-year", companyId + "/" + year, JsonText.write(stored));
            return stored;
        });
    }

    // ---------------------------------------------------------------- the calendar

    @Override
    public List<LocalDate> workdays(long employeeId, LocalDate from, LocalDate to) {
        Optional<EmployeeFacts> facts = register.byId(employeeId);
        if (facts.isEmpty() || from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        Timeline timeline = timeline(facts.get());
        Map<LocalDate, HolidayKind> marks = marks(facts.get().companyId(), from, to);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (facts.get().employedOn(d) && isWorkday(timeline.on(d), marks, d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The schedules an employee works over time, for computing many days at once. */
    Timeline timeline(EmployeeFacts employee) {
        List<Map.Entry<LocalDate, WorkSchedule>> assigned = sql.list("SELECT a.valid_from, s.id, s.company_id, s.code,"
                + " s.name, s.name_zh, s.start_time, s.end_time, s.break_minutes, s.working_days, s.late_grace_minutes,"
                + " s.early_grace_minutes, s.overtime_threshold_minutes, s.active FROM hr_schedule_assignment a"
                + " JOIN hr_work_schedule s ON s.id = a.schedule_id WHERE a.employee_id = ? ORDER BY a.valid_from DESC",
                rs -> Map.entry(Sql.date(rs, "valid_from"), row(rs)), employee.id());
        Optional<WorkSchedule> fallback = find(employee.companyId(), settings.defaultSchedule());
        return new Timeline(assigned, fallback, settings.defaultSchedule());
    }

    /** Holidays and make-up days of [from, to] by date. */
    Map<LocalDate, HolidayKind> marks(long companyId, LocalDate from, LocalDate to) {
        Map<LocalDate, HolidayKind> marks = new HashMap<>();
        marked(companyId, from, to).forEach(h -> marks.put(h.date(), h.kind()));
        return marks;
    }

    static boolean isWorkday(WorkSchedule schedule, Map<LocalDate, HolidayKind> marks, LocalDate date) {
        HolidayKind mark = marks.get(date);
        return mark == HolidayKind.WORKDAY || mark == null && schedule.worksOn(date.getDayOfWeek());
    }

    /** Which schedule applies on a day: the latest assignment from that day or before, else the default. */
    static final class Timeline {
        private final List<Map.Entry<LocalDate, WorkSchedule>> newestFirst;
        private final Optional<WorkSchedule> fallback;
        private final String fallbackCode;

        Timeline(List<Map.Entry<LocalDate, WorkSchedule>> newestFirst, Optional<WorkSchedule> fallback,
                 String fallbackCode) {
            this.newestFirst = newestFirst;
            this.fallback = fallback;
            this.fallbackCode = fallbackCode;
        }

        WorkSchedule on(LocalDate date) {
            for (Map.Entry<LocalDate, WorkSchedule> e : newestFirst) {
                if (!e.getKey().isAfter(date)) {
                    return e.getValue();
                }
            }
            return fallback.orElseThrow(() -> new ConflictException(Text.of(
                    "There is no default work schedule {0}: create it or set defaultSchedule in {1}",
                    "默认班次 {0} 不存在：请创建该班次或在 {1} 中设置 defaultSchedule", fallbackCode,
                    AttendanceSettings.PID)));
        }
    }

    // ---------------------------------------------------------------- helpers

    private List<Holiday> marked(long companyId, LocalDate from, LocalDate to) {
        return sql.list("SELECT holiday_date, kind, name, name_zh FROM hr_holiday WHERE company_id = ?"
                + " AND holiday_date BETWEEN ? AND ? ORDER BY holiday_date", rs -> new Holiday(Sql.date(rs, "holiday_date"),
                        HolidayKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("name_zh")),
                companyId, from, to);
    }

    private Optional<WorkSchedule> find(long companyId, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return sql.one(SELECT + " WHERE company_id = ? AND code = ?", ScheduleService::row, companyId,
                code.strip().toUpperCase(Locale.ROOT));
    }

    private static Validation check(ScheduleInput in) {
        Validation v = new Validation();
        v.required("name", in.name()).maxLength("name", in.name(), 100).maxLength("nameZh", in.nameZh(), 100)
                .required("start", in.start()).required("end", in.end());
        v.check(in.start() == null || in.end() == null || in.end().isAfter(in.start()), "end",
                Text.of("must be after the start (day shifts only)", "必须晚于上班时间（仅支持白班）"));
        int shift = in.start() == null || in.end() == null ? Integer.MAX_VALUE
                : (int) java.time.Duration.between(in.start(), in.end()).toMinutes();
        v.check(in.breakMinutes() == null || in.breakMinutes() >= 0 && in.breakMinutes() < shift, "breakMinutes",
                Text.of("must be 0 or more and shorter than the shift", "不能为负数，且必须短于班次时长"));
        minutes(v, "lateGraceMinutes", in.lateGraceMinutes());
        minutes(v, "earlyGraceMinutes", in.earlyGraceMinutes());
        minutes(v, "overtimeThresholdMinutes", in.overtimeThresholdMinutes());
        if (in.workingDays() != null) {
            for (int i = 0; i < in.workingDays().size(); i++) {
                String day = in.workingDays().get(i);
                v.check(day != null && WEEKDAYS.contains(day.strip().toUpperCase(Locale.ROOT)), "workingDays[" + i + "]",
                        Text.of("must be one of {0}", "必须是 {0} 之一", String.join(", ", WEEKDAYS)));
            }
        }
        return v;
    }

    private static void minutes(Validation v, String field, Integer value) {
        v.check(value == null || value >= 0 && value <= 720, field,
                Text.of("must be between 0 and 720 minutes", "必须在 0 到 720 分钟之间"));
    }

    private static String days(List<String> days) {
        if (days == null) {
            return "MON,TUE,WED,THU,FRI";
        }
        Set<String> typed = new HashSet<>();
        days.forEach(d -> typed.add(d.strip().toUpperCase(Locale.ROOT)));
        return String.join(",", WEEKDAYS.stream().filter(typed::contains).toList());
    }

    static WorkSchedule row(ResultSet rs) throws SQLException {
        String days = rs.getString("working_days");
        return new WorkSchedule(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("name_zh"), time(rs.getTime("start_time")), time(rs.getTime("end_time")),
                rs.getInt("break_minutes"), days.isBlank() ? List.of() : List.of(days.split(",")),
                rs.getInt("late_grace_minutes"), rs.getInt("early_grace_minutes"),
                rs.getInt("overtime_threshold_minutes"), rs.getBoolean("active"));
    }

    private static LocalTime time(Time t) {
        return t.toLocalTime();
    }

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private static NotFoundException noSchedule(String code) {
        return new NotFoundException(Text.of("There is no work schedule {0}", "不存在班次 {0}", code));
    }
}
