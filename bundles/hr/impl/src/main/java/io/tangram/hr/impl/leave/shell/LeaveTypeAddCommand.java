package io.tangram.hr.impl.leave.shell;

import java.math.BigDecimal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.leave.LeaveType;
import io.tangram.hr.impl.leave.LeaveTypeInput;
import io.tangram.hr.impl.leave.LeaveTypeService;
import io.tangram.masterdata.api.CompanyService;

/**
 * {@code hr:leave-type-add STUDY "Study leave" 学习假 --rule FIXED_PER_YEAR --days 5 [--accrual ANNUAL]
 * [--carry-over 2] [--unpaid] [--whole-days] [--attachment] [--calendar-days]}: adds a leave type.
 */
@Service
@Command(scope = "hr", name = "leave-type-add", description = "Add a leave type (新增假期类型)")
public class LeaveTypeAddCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Code, e.g. STUDY")
    String code;

    @Argument(index = 1, name = "name", required = true, description = "English name")
    String name;

    @Argument(index = 2, name = "nameZh", required = true, description = "Chinese name (中文名称)")
    String nameZh;

    @Option(name = "--rule", required = true, description = "SERVICE_YEARS, FIXED_PER_YEAR, PER_EVENT or UNLIMITED")
    String rule;

    @Option(name = "--days", description = "Days a year (FIXED_PER_YEAR) or per request (PER_EVENT)")
    BigDecimal days;

    @Option(name = "--accrual", description = "MONTHLY or ANNUAL for yearly types (default MONTHLY), NONE for the others")
    String accrual;

    @Option(name = "--carry-over", description = "Unused days moved to the next year (default 0)")
    BigDecimal carryOver;

    @Option(name = "--unpaid", description = "Unpaid leave")
    boolean unpaid;

    @Option(name = "--whole-days", description = "Half days are not allowed")
    boolean wholeDays;

    @Option(name = "--attachment", description = "A supporting document is required")
    boolean attachment;

    @Option(name = "--calendar-days", description = "Counted on calendar days, not working days")
    boolean calendarDays;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LeaveTypeService types;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        LeaveConsole console = new LeaveConsole(session);
        LeaveType t = console.call(() -> types.create(new LeaveTypeInput(company, code, name, nameZh, !unpaid, rule, days,
                accrual, carryOver, !wholeDays, attachment, calendarDays, true)));
        if (t != null) {
            console.out().printf("Added %s %s / %s: %s %s days, accrual %s, carry-over %s%n", t.code(), t.name(),
                    t.nameZh(), t.entitlementRule(), LeaveConsole.days(t.entitlementDays()), t.accrual(),
                    LeaveConsole.days(t.maxCarryOverDays()));
        }
        return null;
    }
}
