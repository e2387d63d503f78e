package io.tangram.hr.impl.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.hr.impl.attendance.AttendanceService;
import io.tangram.hr.impl.attendance.ImportResult;
import io.tangram.hr.impl.attendance.WorkCalendar;
import io.tangram.hr.impl.employee.EmployeeDto;
import io.tangram.hr.impl.employee.EmployeeInput;
import io.tangram.hr.impl.employee.EmployeeService;
import io.tangram.hr.impl.employee.PersonalInput;
import io.tangram.hr.impl.leave.LeaveRequest;
import io.tangram.hr.impl.leave.LeaveRequestInput;
import io.tangram.hr.impl.leave.LeaveRequestService;
import io.tangram.hr.impl.org.CostCentreInput;
import io.tangram.hr.impl.org.DepartmentInput;
import io.tangram.hr.impl.org.OrganisationService;
import io.tangram.hr.impl.org.PositionInput;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.tx.Transactions;

/**
 * Loads a demo organisation into the default company when master data's {@code demoData=true} (PID
 * {@code io.tangram.masterdata}) and the company has no HR departments yet: cost centres, the
 * department tree 总部 → 销售部 / 行政部 / 研发部 with managers, positions and eight employees (hired,
 * not onboarded: no user accounts), their clock records of the previous complete month and one
 * approved personal leave. Everything goes through the HR services as the system, so validation,
 * audit and events apply; the organisation is stored in one transaction, the punches and the leave
 * each in their own, and a step an HR service refuses is logged and skipped.
 */
@Component(configurationPid = "io.tangram.masterdata", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true, service = {})
public class HrDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(HrDemoData.class);
    private static final long COMPANY = CompanyService.DEFAULT_COMPANY_ID;
    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    /** The one master data setting HR reads. */
    @ObjectClassDefinition(name = "Tangram HR demo data", description = "Reads demoData of the master data settings")
    public @interface Config {
        @AttributeDefinition(name = "Demo data",
                description = "Load a demo organisation, employees and last month's attendance while company 1 has no departments")
        boolean demoData() default false;
    }

    /** What one loading stored. */
    record Loaded(int costCentres, int departments, int positions, int employees, int punches, int leaveRequests) {
        static final Loaded NOTHING = new Loaded(0, 0, 0, 0, 0, 0);
    }

    private final Transactions tx;
    private final OrganisationService organisation;
    private final EmployeeService employees;
    private final WorkCalendar calendar;
    private final AttendanceService attendance;
    private final LeaveRequestService leave;
    private final Clock clock;
    private final Loaded loaded;

    @Activate
    public HrDemoData(Config config, @Reference(target = "(tangram.module=hr)") SchemaReady schema,
                      @Reference Transactions tx, @Reference OrganisationService organisation,
                      @Reference EmployeeService employees, @Reference WorkCalendar calendar,
                      @Reference AttendanceService attendance, @Reference LeaveRequestService leave) {
        this(config, tx, organisation, employees, calendar, attendance, leave, Clock.systemUTC());
    }

    /** For tests: {@code clock} decides which month is the previous complete one. */
    HrDemoData(Config config, Transactions tx, OrganisationService organisation, EmployeeService employees,
               WorkCalendar calendar, AttendanceService attendance, LeaveRequestService leave, Clock clock) {
        this.tx = tx;
        this.organisation = organisation;
        this.employees = employees;
        this.calendar = calendar;
        this.attendance = attendance;
        this.leave = leave;
        this.clock = clock;
        this.loaded = config.demoData() ? asSystem(this::load) : Loaded.NOTHING;
    }

    /** What the activation stored; nothing when demo data is off or HR already had departments. */
    Loaded loaded() {
        return loaded;
    }

    private Loaded load() {
        if (!organisation.departments(COMPANY, false, true).isEmpty()) {
            LOG.info("HR demo data skipped: company {} already has departments", COMPANY);
            return Loaded.NOTHING;
        }
        try {
            tx.required(() -> {
                storeOrganisation();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("HR demo data not loaded: the HR services refused the demo organisation ({}); nothing was stored",
                    e.getMessage());
            return Loaded.NOTHING;
        }
        YearMonth month = YearMonth.from(LocalDate.ofInstant(clock.instant(), OFFICE)).minusMonths(1);
        int punches = step("clock records of " + month, () -> storePunches(month));
        int leaves = step("the approved personal leave of " + month, () -> storeLeave(month));
        Loaded result = new Loaded(DemoOrganisation.COST_CENTRES.size(), DemoOrganisation.DEPARTMENTS.size(),
                DemoOrganisation.POSITIONS.size(), DemoOrganisation.PEOPLE.size(), punches, leaves);
        LOG.info("HR demo data loaded: {} cost centres, {} departments, {} positions, {} employees (not onboarded),"
                + " {} clock records of {}, {} approved leave", result.costCentres(), result.departments(),
                result.positions(), result.employees(), punches, month, leaves);
        return result;
    }

    private void storeOrganisation() {
        DemoOrganisation.COST_CENTRES.forEach(c ->
                organisation.saveCostCentre(c.code(), new CostCentreInput(COMPANY, c.name(), c.nameZh(), true)));
        DemoOrganisation.DEPARTMENTS.forEach(d -> organisation.saveDepartment(d.code(), departmentInput(d, null)));
        DemoOrganisation.POSITIONS.forEach(p -> organisation.savePosition(p.code(),
                new PositionInput(COMPANY, p.name(), p.nameZh(), p.departmentCode(), p.grade(), true)));
        for (DemoOrganisation.Person p : DemoOrganisation.PEOPLE) {
            employees.create(new EmployeeInput(COMPANY, p.number(), p.name(), null, p.gender(), p.birthDate(), p.email(),
                    p.phone(), p.departmentCode(), p.positionCode(), null, p.city(), p.hireDate(), p.probationEnd(),
                    p.contractType(), p.contractEnd()));
            employees.updatePersonal(COMPANY, p.number(), new PersonalInput(p.baseSalary(), "CNY", p.bankName(),
                    p.bankAccount(), p.idNumber(), p.address()));
        }
        DemoOrganisation.DEPARTMENTS.forEach(d -> organisation.saveDepartment(d.code(),
                departmentInput(d, d.managerNumber())));
    }

    private static DepartmentInput departmentInput(DemoOrganisation.Department d, String manager) {
        return new DepartmentInput(COMPANY, d.name(), d.nameZh(), d.parentCode(), manager, d.costCentre(),
                d.expenseAccount(), true);
    }

    /** Every working day of the month: in at 08:5x, out at 18:0x; the late arrival and the absence as planned. */
    private int storePunches(YearMonth month) {
        StringBuilder csv = new StringBuilder("employee,time,device\n");
        for (DemoOrganisation.Person p : DemoOrganisation.PEOPLE) {
            long id = employees.get(COMPANY, p.number()).id();
            List<LocalDate> days = calendar.workdays(id, month.atDay(1), month.atEndOfMonth()).stream()
                    .filter(d -> !d.isBefore(p.hireDate())).toList();
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                int minute = Math.floorMod(p.number().hashCode() + day.getDayOfMonth(), 10);
                boolean absent = p.number().equals(DemoOrganisation.ABSENT_AND_LATE) && i == DemoOrganisation.ABSENT_DAY;
                boolean onLeave = p.number().equals(DemoOrganisation.ON_LEAVE) && i == DemoOrganisation.LEAVE_DAY;
                if (absent || onLeave) {
                    continue;
                }
                boolean late = p.number().equals(DemoOrganisation.ABSENT_AND_LATE) && i == DemoOrganisation.LATE_DAY;
                String in = late ? String.format("09:%02d", 20 + minute) : String.format("08:%02d", 50 + minute);
                csv.append(p.number()).append(',').append(day).append(' ').append(in).append(",DEMO\n");
                csv.append(p.number()).append(',').append(day).append(' ').append(String.format("18:%02d", minute))
                        .append(",DEMO\n");
            }
        }
        ImportResult result = attendance.importCsv(COMPANY, csv.toString());
        return result.stored();
    }

    /** One day of personal leave (事假), requested and approved. */
    private int storeLeave(YearMonth month) {
        long id = employees.get(COMPANY, DemoOrganisation.ON_LEAVE).id();
        List<LocalDate> days = calendar.workdays(id, month.atDay(1), month.atEndOfMonth());
        if (days.size() <= DemoOrganisation.LEAVE_DAY) {
            LOG.info("HR demo leave skipped: {} has too few working days", month);
            return 0;
        }
        LocalDate day = days.get(DemoOrganisation.LEAVE_DAY);
        LeaveRequest requested = leave.request(new LeaveRequestInput(COMPANY, DemoOrganisation.ON_LEAVE, "PERSONAL", day,
                null, day, null, "Family matters 家中有事", null));
        leave.approve(COMPANY, requested.number(), "Approved 同意");
        return 1;
    }

    /** Runs one step; a refusal is logged in one line and the step counts nothing. */
    private int step(String what, java.util.function.IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (RuntimeException e) {
            LOG.warn("HR demo data: {} skipped, the HR services refused them ({})", what, e.getMessage());
            return 0;
        }
    }

    private static Loaded asSystem(java.util.function.Supplier<Loaded> work) {
        try {
            return CallContext.runAs(Caller.SYSTEM, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
