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

/** {@code hr:payroll-approve PR-2026-11}: approves a reviewed run (not by who prepared it). */
@Service
@Command(scope = "hr", name = "payroll-approve", description = "Approve a payroll run (审批工资表)")
public class PayrollApproveCommand implements Action {

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
        PayrollRun run = PayrollLines.call(session, () -> payroll.approve(company, number));
        if (run != null) {
            PayrollLines.out(session).printf("%s approved by %s%n", run.number(), run.approvedBy());
        }
        return null;
    }
}
