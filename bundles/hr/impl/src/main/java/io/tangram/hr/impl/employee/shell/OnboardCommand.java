package io.tangram.hr.impl.employee.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.employee.EmployeeService;
import io.tangram.hr.impl.employee.OnboardingResult;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;

/** {@code hr:onboard NUMBER}: onboards a hired employee and prints the initial password once. */
@Service
@Command(scope = "hr", name = "onboard", description = "Onboard an employee (办理入职)")
public class OnboardCommand implements Action {

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
        OnboardingResult r = ConsoleCall.run(session.get("USER"), out, () -> employees.onboard(company, number));
        if (r != null) {
            out.printf("%s %s is %s, user %s%n", r.employee().number(), r.employee().name(), r.employee().status(),
                    r.username());
            if (r.initialPassword() != null) {
                out.printf("initial password (shown once / 初始密码仅显示一次): %s%n", r.initialPassword());
            }
            out.printf("%d checklist item(s)%n", r.checklist().size());
            r.integrations().forEach(s -> out.printf("  %-14s %-7s %s / %s%n", s.step(), s.outcome(), s.message(),
                    s.messageZh()));
        }
        return null;
    }
}
