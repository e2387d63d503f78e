package io.tangram.hr.impl.org.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.org.DepartmentDto;
import io.tangram.hr.impl.org.OrganisationService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;

/** {@code hr:departments [--inactive]}: the department tree, indented, with manager and cost centre. */
@Service
@Command(scope = "hr", name = "departments", description = "Department tree (部门架构)")
public class DepartmentsCommand implements Action {

    @Option(name = "--inactive", description = "Include deactivated departments")
    boolean inactive;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    OrganisationService organisation;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        List<DepartmentDto> tree = ConsoleCall.run(session.get("USER"), out,
                () -> organisation.departments(company, true, inactive));
        if (tree != null) {
            out.printf("%-32s %-24s %-20s %-10s %s%n", "code", "name", "manager", "cost ctr", "active");
            tree.forEach(d -> print(out, d, 0));
        }
        return null;
    }

    private static void print(PrintStream out, DepartmentDto d, int depth) {
        String name = d.nameZh() == null ? d.name() : d.name() + " " + d.nameZh();
        out.printf("%-32s %-24s %-20s %-10s %s%n", "  ".repeat(depth) + d.code(), name,
                d.managerNumber() == null ? "-" : d.managerNumber() + " " + d.managerName(),
                d.costCentre() == null ? "-" : d.costCentre(), d.active() ? "yes" : "no");
        d.children().forEach(c -> print(out, c, depth + 1));
    }
}
