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
import io.tangram.hr.impl.employee.EmployeeQuery;
import io.tangram.hr.impl.employee.EmployeeService;
import io.tangram.hr.impl.employee.EmployeeStatus;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code hr:employees [--department SALES] [--status PROBATION] [TEXT]}: employees by number. */
@Service
@Command(scope = "hr", name = "employees", description = "List employees (员工列表)")
public class EmployeesCommand implements Action {

    @Argument(index = 0, name = "text", description = "Part of the number, name or user name")
    String text;

    @Option(name = "--department", description = "Department code")
    String department;

    @Option(name = "--status", description = "ONBOARDING, PROBATION, REGULAR or RESIGNED")
    String status;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    EmployeeService employees;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        Page<EmployeeDto> page = ConsoleCall.run(session.get("USER"), out, () -> employees.search(company,
                new EmployeeQuery(text, department, ConsoleInput.choice("status", status, EmployeeStatus.class)),
                PageRequest.of(0, limit)));
        if (page != null) {
            EmployeeLines.header(out);
            page.items().forEach(e -> EmployeeLines.print(out, e));
            out.printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
