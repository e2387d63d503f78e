package io.tangram.hr.impl.employee.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.employee.ChecklistItemDto;
import io.tangram.hr.impl.employee.EmployeeDto;
import io.tangram.hr.impl.employee.EmployeeService;
import io.tangram.hr.impl.employee.IntegrationDto;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;

/** {@code hr:employee NUMBER}: one employee's job data, checklist and integration record. */
@Service
@Command(scope = "hr", name = "employee", description = "Show an employee (员工详情)")
public class EmployeeCommand implements Action {

    @Argument(index = 0, name = "number", required = true, description = "Employee number")
    String number;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    EmployeeService employees;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        EmployeeDto e = ConsoleCall.run(session.get("USER"), out, () -> employees.get(company, number));
        if (e == null) {
            return null;
        }
        out.printf("%s %s (%s), %s%n", e.number(), e.name(), EmployeeLines.dash(e.username()), e.status());
        out.printf("  department %s %s, position %s, cost centre %s, city %s%n", e.departmentCode(), e.departmentName(),
                EmployeeLines.dash(e.positionCode()), EmployeeLines.dash(e.costCentre()), EmployeeLines.dash(e.city()));
        out.printf("  hired %s, probation until %s, contract %s until %s, left %s%n", e.hireDate(),
                EmployeeLines.dash(e.probationEnd()), e.contractType(), EmployeeLines.dash(e.contractEnd()),
                EmployeeLines.dash(e.leaveDate()));
        List<ChecklistItemDto> items = ConsoleCall.run(session.get("USER"), out, () -> employees.checklist(company, number));
        if (items != null && !items.isEmpty()) {
            out.println("Checklist / 清单:");
            items.forEach(i -> out.printf("  %-5d %-11s %-4s %-11s %-14s %s%n", i.id(), i.kind(), i.status(),
                    EmployeeLines.dash(i.dueDate()), EmployeeLines.dash(i.assignee()), i.title()));
        }
        List<IntegrationDto> steps = ConsoleCall.run(session.get("USER"), out, () -> employees.integrations(company, number));
        if (steps != null && !steps.isEmpty()) {
            out.println("Integrations / 集成记录:");
            steps.forEach(s -> out.printf("  %-14s %-7s %s / %s%n", s.step(), s.outcome(), s.message(), s.messageZh()));
        }
        return null;
    }
}
