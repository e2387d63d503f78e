package io.tangram.hr.impl.employee.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.employee.EmployeeDto;
import io.tangram.hr.impl.employee.EmployeeService;
import io.tangram.hr.impl.employee.ResignInput;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code hr:resign NUMBER 2026-04-30 "REASON"}: the employee leaves; offboarding starts, the user is disabled. */
@Service
@Command(scope = "hr", name = "resign", description = "Record an employee leaving (办理离职)")
public class ResignCommand implements Action {

    @Argument(index = 0, name = "number", required = true, description = "Employee number")
    String number;

    @Argument(index = 1, name = "date", required = true, description = "Leave date, 2026-04-30")
    String date;

    @Argument(index = 2, name = "reason", required = true, description = "Why the employee leaves")
    String reason;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    EmployeeService employees;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        EmployeeDto e = ConsoleCall.run(session.get("USER"), out, () -> employees.resign(company, number,
                new ResignInput(ConsoleInput.date("leaveDate", date), reason)));
        if (e != null) {
            out.printf("%s %s left on %s (%s)%n", e.number(), e.name(), e.leaveDate(), e.leaveReason());
        }
        return null;
    }
}
