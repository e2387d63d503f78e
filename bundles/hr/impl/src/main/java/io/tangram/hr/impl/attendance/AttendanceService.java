package io.tangram.hr.impl.attendance;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeLock;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.hr.impl.leave.LeaveCalendar;
import io.tangram.hr.impl.leave.LeaveDay;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Clock records in {@code hr_clock_record} and the daily results computed from them in
 * {@code hr_attendance_day} (rules in {@link DayRules}), with the schedule of the day from
 * {@link ScheduleService} and approved leave from {@link LeaveCalendar}; monthly summaries and the
 * attendance report add the stored days up. Days are computed up to today only, and only while the
 * employee is employed; a month's summary recomputes the month first, so leave approved meanwhile
 * counts.
 */
@Component(service = {AttendanceService.class, AttendanceSummaries.class})
public class AttendanceService implements AttendanceSummaries {
    static final int MAX_RANGE_DAYS = 366;
    static final int MAX_IMPORT_LINES = 50_000;
    private static final String DAY_SELECT = "SELECT e.number, e.name, d.work_date, d.schedule_code, d.workday, d.status,"
            + " d.first_in, d.last_out, d.punches, d.late_minutes, d.early_minutes, d.worked_minutes, d.overtime_minutes,"
            + " d.present_part, d.absent_part, d.paid_leave_part, d.unpaid_leave_part, d.leave_type"
            + " FROM hr_attendance_day d JOIN hr_employee e ON e.id = d.employee_id";
    private static final String RECORD_SELECT = "SELECT r.id, e.number, e.name, r.punched_at, r.work_date, r.source,"
            + " r.device, r.created_by FROM hr_clock_record r JOIN hr_employee e ON e.id = r.employee_id";

    private final Sql sql;
    private final Transactions tx;
    private final EmployeeLock employeeLock;
    private final AuditLog audit;
    private final EmployeeRegister register;
    private final ScheduleService schedules;
    private final LeaveCalendar leave;
    private final AttendanceSettings settings;
    private final Clock clock;

    @Activate
    public AttendanceService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                             @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                             @Reference Transactions tx, @Reference AuditLog audit, @Reference EmployeeRegister register,
                             @Reference ScheduleService schedules, @Reference LeaveCalendar leave,
                             @Reference AttendanceSettings settings) {
        this(dataSource, tx, audit, register, schedules, leave, settings, Clock.systemUTC());
    }

    /** For tests: {@code clock} is now (clock-ins, today). */
    AttendanceService(DataSource dataSource, Transactions tx, AuditLog audit, EmployeeRegister register,
                      ScheduleService schedules, LeaveCalendar leave, AttendanceSettings settings, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.employeeLock = new EmployeeLock(sql, tx);
        this.audit = audit;
        this.register = register;
        this.schedules = schedules;
        this.leave = leave;
        this.settings = settings;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- clock records

    /** The caller clocks in or out now (to the minute, office time); the same minute twice stores one punch. */
    public ClockResult clockNow(String device) {
        CallContext.require(SelfServicePermissions.SELF);
        new Validation().maxLength("device", device, 60).throwIfInvalid();
        EmployeeFacts me = self();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), settings.zone()).truncatedTo(ChronoUnit.MINUTES);
        if (!me.employedOn(now.toLocalDate())) {
            throw new ConflictException(Text.of("You are not employed on {0}", "您在 {0} 不在职", now.toLocalDate()));
        }
        return punch(me, now, "REST", device);
    }

    /** HR enters a punch for an employee. */
    public ClockResult enter(long companyId, ClockInput input) {
        CallContext.require(AttendancePermissions.MANAGE);
        Validation v = new Validation().required("employee", input.employee()).required("time", input.time())
                .maxLength("device", input.device(), 60);
        LocalDateTime time = time(v, "time", input.time());
        Optional<EmployeeFacts> employee = input.employee() == null || input.employee().isBlank() ? Optional.empty()
                : register.byNumber(companyId, input.employee().strip());
        v.check(input.employee() == null || input.employee().isBlank() || employee.isPresent(), "employee",
                Text.of("there is no employee {0}", "不存在员工 {0}", input.employee()));
        if (employee.isPresent() && time != null) {
            v.check(employee.get().employedOn(time.toLocalDate()), "time",
                    Text.of("{0} is not employed on {1}", "{0} 在 {1} 不在职", employee.get().number(), time.toLocalDate()));
        }
        v.throwIfInvalid();
        return punch(employee.get(), time, "REST", input.device());
    }

    private ClockResult punch(EmployeeFacts employee, LocalDateTime at, String source, String device) {
        return tx.required(() -> {
            Optional<Long> existing = recordAt(employee.id(), at);
            long id = existing.isPresent() ? existing.get() : insertPunch(employee, at, source, device);
            if (existing.isEmpty()) {
                audit.record("hr", "clock", "clock-record", String.valueOf(id), JsonText.object("employee",
                        employee.number(), "time", at, "source", source, "device", device));
            }
            recompute(employee, at.toLocalDate(), at.toLocalDate());
            ClockRecord stored = sql.one(RECORD_SELECT + " WHERE r.id = ?", AttendanceService::record, id).orElseThrow();
            return new ClockResult(stored, existing.isPresent(), day(employee.id(), at.toLocalDate()).orElse(null));
        });
    }

    /**
     * Stores the punches of a device file, all or nothing: any bad line refuses the whole file with
     * the line named ({@code lines[7].time}, counting the header as line 1). Punches already stored
     * for the same employee and minute, or twice in the file, are skipped and counted.
     */
    public ImportResult importCsv(long companyId, String text) {
        CallContext.require(AttendancePermissions.MANAGE);
        List<Punch> punches = parse(companyId, text);
        return tx.required(() -> {
            Set<String> seen = new HashSet<>();
            Map<Long, LocalDate[]> ranges = new LinkedHashMap<>();
            Map<Long, EmployeeFacts> byId = new HashMap<>();
            int stored = 0;
            int duplicates = 0;
            LocalDate from = null;
            LocalDate to = null;
            for (Punch p : punches) {
                if (!seen.add(p.employee().id() + "@" + p.time()) || recordAt(p.employee().id(), p.time()).isPresent()) {
                    duplicates++;
                    continue;
                }
                insertPunch(p.employee(), p.time(), "CSV", p.device());
                stored++;
                LocalDate day = p.time().toLocalDate();
                byId.put(p.employee().id(), p.employee());
                ranges.merge(p.employee().id(), new LocalDate[] {day, day}, (a, b) -> new LocalDate[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
                from = from == null || day.isBefore(from) ? day : from;
                to = to == null || day.isAfter(to) ? day : to;
            }
            int days = 0;
            for (Map.Entry<Long, LocalDate[]> range : ranges.entrySet()) {
                days += recompute(byId.get(range.getKey()), range.getValue()[0], range.getValue()[1]);
            }
            ImportResult result = new ImportResult(punches.size(), stored, duplicates, ranges.size(), from, to, days);
            audit.record("hr", "import", "clock-records", String.valueOf(companyId), JsonText.write(result));
            return result;
        });
    }

    private record Punch(int line, EmployeeFacts employee, LocalDateTime time, String device) {
    }

    private List<Punch> parse(long companyId, String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("file", Text.of("is empty; the first line names the columns employee,time,device",
                    "文件为空；第一行为列名 employee,time,device"));
        }
        String[] lines = text.split("\\R", -1);
        Validation v = new Validation();
        Map<String, Integer> columns = null;
        List<Punch> punches = new ArrayList<>();
        Map<String, Optional<EmployeeFacts>> employees = new HashMap<>();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), settings.zone());
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = i == 0 ? lines[i].replace("\uFEFF", "") : lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<String> values = values(line);
            if (values == null) {
                v.add("lines[" + number + "]", Text.of("is not a CSV line (check the quotes)", "不是有效的 CSV 行（请检查引号）"));
                continue;
            }
            if (columns == null) {
                columns = header(values);
                if (columns == null) {
                    throw ValidationException.of("lines[" + number + "]", Text.of(
                            "must be the header naming the columns employee,time[,device]",
                            "必须是列名行 employee,time[,device]（工号,时间[,设备]）"));
                }
                continue;
            }
            if (punches.size() >= MAX_IMPORT_LINES) {
                throw ValidationException.of("file", Text.of("has more than {0} punches; split it", "超过 {0} 条打卡，请拆分",
                        MAX_IMPORT_LINES));
            }
            String f = "lines[" + number + "]";
            String employee = value(values, columns.get("employee"));
            String typedTime = value(values, columns.get("time"));
            String device = value(values, columns.get("device"));
            v.required(f + ".employee", employee).required(f + ".time", typedTime).maxLength(f + ".device", device, 60);
            LocalDateTime time = time(v, f + ".time", typedTime);
            Optional<EmployeeFacts> facts = employee == null ? Optional.empty()
                    : employees.computeIfAbsent(employee, n -> register.byNumber(companyId, n));
            v.check(employee == null || facts.isPresent(), f + ".employee",
                    Text.of("there is no employee {0}", "不存在员工 {0}", employee));
            if (time != null) {
                v.check(!time.isAfter(now), f + ".time", Text.of("is in the future", "晚于当前时间"));
                if (facts.isPresent()) {
                    v.check(facts.get().employedOn(time.toLocalDate()), f + ".time", Text.of("{0} is not employed on {1}",
                            "{0} 在 {1} 不在职", employee, time.toLocalDate()));
                }
            }
            if (facts.isPresent() && time != null) {
                punches.add(new Punch(number, facts.get(), time, device));
            }
        }
        if (columns == null) {
            throw ValidationException.of("file", Text.of("is empty; the first line names the columns employee,time,device",
                    "文件为空；第一行为列名 employee,time,device"));
        }
        v.throwIfInvalid();
        return punches;
    }

    /** The values of one line, or {@code null} when it is not CSV (an unbalanced quote). */
    private static List<String> values(String line) {
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /** Column positions by name (English or Chinese), or {@code null} when the line names no employee and time. */
    private static Map<String, Integer> header(List<String> values) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String name = switch (values.get(i).strip().toLowerCase(Locale.ROOT)) {
                case "employee", "employee number", "number", "工号", "员工", "员工编号" -> "employee";
                case "time", "punched at", "时间", "打卡时间" -> "time";
                case "device", "设备", "考勤机" -> "device";
                default -> null;
            };
            if (name != null) {
                columns.putIfAbsent(name, i);
            }
        }
        return columns.containsKey("employee") && columns.containsKey("time") ? columns : null;
    }

    private static String value(List<String> values, Integer column) {
        if (column == null || column >= values.size()) {
            return null;
        }
        String v = values.get(column).strip();
        return v.isEmpty() ? null : v;
    }

    /** A time typed as {@code 2026-11-02T08:57:00}, {@code 2026-11-02T08:57} or {@code 2026-11-02 08:57}, to the minute. */
    static LocalDateTime time(Validation v, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip().replace(' ', 'T')).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeParseException e) {
            v.add(field, Text.of("must be a time such as 2026-11-02T08:57:00 or 2026-11-02 08:57",
                    "必须是时间，例如 2026-11-02T08:57:00 或 2026-11-02 08:57"));
            return null;
        }
    }

    public Page<ClockRecord> clockRecords(long companyId, String employee, LocalDate from, LocalDate to,
                                          PageRequest page) {
        CallContext.require(AttendancePermissions.READ);
        EmployeeFacts facts = employee(companyId, employee);
        range(from, to);
        long total = sql.one("SELECT COUNT(*) FROM hr_clock_record WHERE employee_id = ? AND work_date BETWEEN ? AND ?",
                rs -> rs.getLong(1), facts.id(), from, to).orElse(0L);
        List<ClockRecord> items = sql.list(RECORD_SELECT + " WHERE r.employee_id = ? AND r.work_date BETWEEN ? AND ?"
                + " ORDER BY r.punched_at OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", AttendanceService::record, facts.id(), from,
                to, page.offset(), page.limit());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Stores a punch unless the employee has one in that minute; answers the record's id. For corrections. */
    long storePunch(EmployeeFacts employee, LocalDateTime at, String source) {
        Optional<Long> existing = recordAt(employee.id(), at);
        return existing.isPresent() ? existing.get() : insertPunch(employee, at, source, null);
    }

    private Optional<Long> recordAt(long employeeId, LocalDateTime at) {
        return sql.one("SELECT id FROM hr_clock_record WHERE employee_id = ? AND punched_at = ?", rs -> rs.getLong(1),
                employeeId, Timestamp.valueOf(at));
    }

    private long insertPunch(EmployeeFacts employee, LocalDateTime at, String source, String device) {
        try {
            return sql.insert("INSERT INTO hr_clock_record (company_id, employee_id, punched_at, work_date, source, device,"
                    + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", employee.companyId(), employee.id(),
                    Timestamp.valueOf(at), at.toLocalDate(), source, device == null || device.isBlank() ? Sql.Null.VARCHAR
                            : device.strip(), CallContext.actorName(), clock.instant());
        } catch (Sql.DuplicateKeyException e) {
            throw e.asConflict(Text.of("{0} punched at {1} meanwhile; try again", "{0} 在 {1} 的打卡已被同时录入，请重试",
                    employee.number(), at));
        }
    }

    // ---------------------------------------------------------------- daily results

    /** Recomputes [from, to] (up to today) for one employee, or everyone employed then. */
    public ComputeResult compute(long companyId, LocalDate from, LocalDate to, String employee) {
        CallContext.require(AttendancePermissions.MANAGE);
        range(from, to);
        List<EmployeeFacts> who = employee == null || employee.isBlank()
                ? register.employedBetween(companyId, from, to) : List.of(employee(companyId, employee));
        return tx.required(() -> {
            int days = 0;
            for (EmployeeFacts e : who) {
                days += recompute(e, from, to);
            }
            ComputeResult result = new ComputeResult(from, to, who.size(), days);
            audit.record("hr", "compute", "attendance", String.valueOf(companyId), JsonText.write(result));
            return result;
        });
    }

    /** An employee's days in [from, to], recomputed first. */
    public Page<AttendanceDay> days(long companyId, String employee, LocalDate from, LocalDate to, PageRequest page) {
        CallContext.require(AttendancePermissions.READ);
        return daysOf(employee(companyId, employee), from, to, page);
    }

    /** The caller's own days in [from, to]. */
    public Page<AttendanceDay> myDays(LocalDate from, LocalDate to, PageRequest page) {
        CallContext.require(SelfServicePermissions.SELF);
        return daysOf(self(), from, to, page);
    }

    private Page<AttendanceDay> daysOf(EmployeeFacts e, LocalDate from, LocalDate to, PageRequest page) {
        range(from, to);
        return tx.required(() -> {
            recompute(e, from, to);
            long total = sql.one("SELECT COUNT(*) FROM hr_attendance_day WHERE employee_id = ? AND work_date BETWEEN ? AND ?",
                    rs -> rs.getLong(1), e.id(), from, to).orElse(0L);
            List<AttendanceDay> items = sql.list(DAY_SELECT + " WHERE d.employee_id = ? AND d.work_date BETWEEN ? AND ?"
                    + " ORDER BY d.work_date OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", AttendanceService::day, e.id(), from, to,
                    page.offset(), page.limit());
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    Optional<AttendanceDay> day(long employeeId, LocalDate date) {
        return sql.one(DAY_SELECT + " WHERE d.employee_id = ? AND d.work_date = ?", AttendanceService::day, employeeId,
                date);
    }

    /**
     * Computes and stores the employee's days in [from, to] up to today while employed, removing
     * stored days outside employment; answers how many days are stored. Joins the caller's
     * transaction; computations of one employee run one after the other.
     */
    int recompute(EmployeeFacts e, LocalDate from, LocalDate to) {
        return tx.required(() -> {
            lock(e.id());
            sql.update("DELETE FROM hr_attendance_day WHERE employee_id = ? AND work_date BETWEEN ? AND ?", e.id(), from, to);
            LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
            LocalDate first = from.isBefore(e.hireDate()) ? e.hireDate() : from;
            LocalDate last = to.isAfter(today) ? today : to;
            if (e.leaveDate() != null && e.leaveDate().isBefore(last)) {
                last = e.leaveDate();
            }
            if (last.isBefore(first)) {
                return 0;
            }
            ScheduleService.Timeline timeline = schedules.timeline(e);
            Map<LocalDate, HolidayKind> marks = schedules.marks(e.companyId(), first, last);
            Map<LocalDate, List<LocalDateTime>> punches = new HashMap<>();
            sql.list("SELECT punched_at FROM hr_clock_record WHERE employee_id = ? AND work_date BETWEEN ? AND ?",
                    rs -> rs.getTimestamp(1).toLocalDateTime(), e.id(), first, last)
                    .forEach(p -> punches.computeIfAbsent(p.toLocalDate(), d -> new ArrayList<>()).add(p));
            Map<LocalDate, List<LeaveDay>> leaveDays = new HashMap<>();
            leave.approvedLeave(e.id(), first, last)
                    .forEach(l -> leaveDays.computeIfAbsent(l.date(), d -> new ArrayList<>()).add(l));
            int stored = 0;
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                WorkSchedule schedule = timeline.on(d);
                boolean workday = ScheduleService.isWorkday(schedule, marks, d);
                DayRules.Outcome o = DayRules.judge(schedule, d, workday, punches.getOrDefault(d, List.of()),
                        leaveDays.getOrDefault(d, List.of()));
                sql.update("INSERT INTO hr_attendance_day (employee_id, work_date, company_id, schedule_code, workday, status,"
                        + " first_in, last_out, punches, late_minutes, early_minutes, worked_minutes, overtime_minutes,"
                        + " present_part, absent_part, paid_leave_part, unpaid_leave_part, leave_type, computed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(), d, e.companyId(),
                        schedule.code(), workday, o.status(), stamp(o.firstIn()), stamp(o.lastOut()), o.punches(),
                        o.lateMinutes(), o.earlyMinutes(), o.workedMinutes(), o.overtimeMinutes(), o.presentPart(),
                        o.absentPart(), o.paidLeavePart(), o.unpaidLeavePart(),
                        o.leaveType() == null ? Sql.Null.VARCHAR : o.leaveType(), clock.instant());
                stored++;
            }
            return stored;
        });
    }

    private void lock(long employeeId) {
        employeeLock.lock(employeeId);
    }

    // ---------------------------------------------------------------- months

    /** The month of one employee (no permission check: for payroll and reports, which check their own). */
    @Override
    public MonthlyAttendance summary(long employeeId, YearMonth month) {
        EmployeeFacts e = register.byId(employeeId).orElseThrow(() -> new NotFoundException(
                Text.of("There is no employee {0}", "不存在员工 {0}", employeeId)));
        return summaryOf(e, month);
    }

    public EmployeeMonth month(long companyId, String employee, YearMonth month) {
        CallContext.require(AttendancePermissions.READ);
        return employeeMonth(employee(companyId, employee), required(month));
    }

    public EmployeeMonth myMonth(YearMonth month) {
        CallContext.require(SelfServicePermissions.SELF);
        return employeeMonth(self(), required(month));
    }

    /** Everyone employed in the month, by number. */
    public Page<EmployeeMonth> months(long companyId, YearMonth month, PageRequest page) {
        CallContext.require(AttendancePermissions.READ);
        List<EmployeeFacts> all = register.employedBetween(companyId, required(month).atDay(1), month.atEndOfMonth());
        List<EmployeeMonth> items = all.stream().skip(page.offset()).limit(page.limit())
                .map(e -> employeeMonth(e, month)).toList();
        return new Page<>(items, all.size(), page.offset(), page.limit());
    }

    /** The attendance report of a month: everyone employed (of one department, by code) and department totals. */
    public AttendanceReport report(long companyId, YearMonth month, String department) {
        CallContext.require(AttendancePermissions.REPORT_READ);
        String dept = department == null || department.isBlank() ? null : department.strip();
        List<EmployeeMonth> rows = register.employedBetween(companyId, required(month).atDay(1), month.atEndOfMonth())
                .stream().filter(e -> dept == null || dept.equalsIgnoreCase(e.departmentCode()))
                .map(e -> employeeMonth(e, month)).toList();
        Map<String, List<EmployeeMonth>> byDepartment = new TreeMap<>();
        rows.forEach(r -> byDepartment.computeIfAbsent(r.departmentCode(), d -> new ArrayList<>()).add(r));
        List<DepartmentAttendance> totals = byDepartment.values().stream().map(AttendanceService::total).toList();
        return new AttendanceReport(month, dept, rows, totals);
    }

    private static DepartmentAttendance total(List<EmployeeMonth> rows) {
        BigDecimal workdays = BigDecimal.ZERO;
        BigDecimal present = BigDecimal.ZERO;
        BigDecimal absent = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal unpaid = BigDecimal.ZERO;
        BigDecimal overtime = BigDecimal.ZERO;
        int late = 0;
        int early = 0;
        for (EmployeeMonth r : rows) {
            MonthlyAttendance m = r.attendance();
            workdays = workdays.add(m.workdays());
            present = present.add(m.presentDays());
            absent = absent.add(m.absentDays());
            paid = paid.add(m.paidLeaveDays());
            unpaid = unpaid.add(m.unpaidLeaveDays());
            overtime = overtime.add(m.overtimeHours());
            late += m.lateCount();
            early += m.earlyLeaveCount();
        }
        EmployeeMonth first = rows.get(0);
        return new DepartmentAttendance(first.departmentCode(), first.departmentName(), rows.size(), workdays, present,
                absent, paid, unpaid, late, early, overtime);
    }

    private EmployeeMonth employeeMonth(EmployeeFacts e, YearMonth month) {
        return new EmployeeMonth(e.number(), e.name(), e.departmentCode(), e.departmentName(), summaryOf(e, month));
    }

    private MonthlyAttendance summaryOf(EmployeeFacts e, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        return tx.required(() -> {
            recompute(e, from, to);
            List<AttendanceDay> days = sql.list(DAY_SELECT + " WHERE d.employee_id = ? AND d.work_date BETWEEN ? AND ?"
                    + " ORDER BY d.work_date", AttendanceService::day, e.id(), from, to);
            BigDecimal workdays = BigDecimal.ZERO;
            BigDecimal present = BigDecimal.ZERO;
            BigDecimal absent = BigDecimal.ZERO;
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal unpaid = BigDecimal.ZERO;
            int late = 0;
            int early = 0;
            int overtime = 0;
            for (AttendanceDay d : days) {
                workdays = d.workday() ? workdays.add(BigDecimal.ONE) : workdays;
                present = present.add(d.presentPart());
                absent = absent.add(d.absentPart());
                paid = paid.add(d.paidLeavePart());
                unpaid = unpaid.add(d.unpaidLeavePart());
                late += d.status() == DayStatus.LATE || d.status() == DayStatus.LATE_AND_EARLY ? 1 : 0;
                early += d.status() == DayStatus.EARLY_LEAVE || d.status() == DayStatus.LATE_AND_EARLY ? 1 : 0;
                overtime += d.overtimeMinutes();
            }
            return new MonthlyAttendance(e.id(), month, days(workdays), days(present), days(absent), days(paid),
                    days(unpaid), late, early, BigDecimal.valueOf(overtime).divide(BigDecimal.valueOf(60), 2,
                            RoundingMode.HALF_UP));
        });
    }

    private static BigDecimal days(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------- helpers

    /** The office's time zone, clock-ins and "today" are taken in. */
    java.time.ZoneId zone() {
        return settings.zone();
    }

    /** The caller's own employee (company 1), by user name. */
    EmployeeFacts self() {
        String username = CallContext.current().map(c -> c.username()).orElse(null);
        return (username == null ? Optional.<EmployeeFacts>empty()
                : register.byUsername(CompanyService.DEFAULT_COMPANY_ID, username))
                .orElseThrow(() -> new NotFoundException(Text.of("Your user {0} is not an employee's",
                        "您的用户 {0} 未关联员工", username)));
    }

    EmployeeFacts employee(long companyId, String number) {
        if (number == null || number.isBlank()) {
            throw ValidationException.of("employee", Text.of("is required", "必填"));
        }
        return register.byNumber(companyId, number.strip()).orElseThrow(() -> noEmployee(number));
    }

    static NotFoundException noEmployee(String number) {
        return new NotFoundException(Text.of("There is no employee {0}", "不存在员工 {0}", number));
    }

    private static YearMonth required(YearMonth month) {
        if (month == null) {
            throw ValidationException.of("month", Text.of("is required, e.g. 2026-11", "必填，例如 2026-11"));
        }
        return month;
    }

    static void range(LocalDate from, LocalDate to) {
        Validation v = new Validation().required("from", from).required("to", to);
        v.check(from == null || to == null || !to.isBefore(from), "to", Text.of("must not be before from", "不能早于开始日期"));
        v.check(from == null || to == null || ChronoUnit.DAYS.between(from, to) < MAX_RANGE_DAYS, "to",
                Text.of("must be less than {0} days after from", "与开始日期相隔不能超过 {0} 天", MAX_RANGE_DAYS));
        v.throwIfInvalid();
    }

    private static Object stamp(LocalDateTime at) {
        return at == null ? Sql.Null.TIMESTAMP : Timestamp.valueOf(at);
    }

    private static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static ClockRecord record(ResultSet rs) throws SQLException {
        return new ClockRecord(rs.getLong("id"), rs.getString("number"), rs.getString("name"), local(rs, "punched_at"),
                Sql.date(rs, "work_date"), rs.getString("source"), rs.getString("device"), rs.getString("created_by"));
    }

    private static AttendanceDay day(ResultSet rs) throws SQLException {
        return new AttendanceDay(rs.getString("number"), rs.getString("name"), Sql.date(rs, "work_date"),
                rs.getString("schedule_code"), rs.getBoolean("workday"), DayStatus.valueOf(rs.getString("status")),
                local(rs, "first_in"), local(rs, "last_out"), rs.getInt("punches"), rs.getInt("late_minutes"),
                rs.getInt("early_minutes"), rs.getInt("worked_minutes"), rs.getInt("overtime_minutes"),
                rs.getBigDecimal("present_part"), rs.getBigDecimal("absent_part"), rs.getBigDecimal("paid_leave_part"),
                rs.getBigDecimal("unpaid_leave_part"), rs.getString("leave_type"));
    }
}
