package io.tangram.hr.impl.payroll.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.payroll.PayrollRun;
import io.tangram.hr.impl.payroll.PayrollService;
import io.tangram.masterdata.api.CompanyService;

/** {@code hr:payroll-post PR-2026-11}: posts an approved run to finance, once. */
@Service
@Command(scope = "hr", name = "payroll-post", description = "Post a payroll run to finance (工资表过账)")
public class PayrollPostCommand implements Action {

    @Argument(index = 0, name = "number", required = true, description = "Run number, e.g. PR-2026-11")
    String number;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PayrollService payroll;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PayrollRun run = PayrollLines.call(session, () -> payroll.post(company, number));
        if (run != null) {
            PayrollLines.header(PayrollLines.out(session));
            PayrollLines.print(PayrollLines.out(session), run);
        }
        return null;
    }
}
