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

/**
 * {@code hr:payroll-run 2026-11 [--recompute | --review]}: creates the month's payroll as a draft,
 * or recomputes or reviews the existing one.
 */
@Service
@Command(scope = "hr", name = "payroll-run", description = "Compute a month's payroll (计算月度工资)")
public class PayrollRunCommand implements Action {

    @Argument(index = 0, name = "period", required = true, description = "Month, e.g. 2026-11")
    String period;

    @Option(name = "--recompute", description = "Compute the draft run of the month again")
    boolean recompute;

    @Option(name = "--review", description = "Mark the draft run of the month reviewed")
    boolean review;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PayrollService payroll;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PayrollRun run = PayrollLines.call(session, () -> {
            String number = "PR-" + period.strip();
            if (recompute) {
                return payroll.recompute(company, number);
            }
            return review ? payroll.review(company, number) : payroll.create(company, period);
        });
        if (run != null) {
            PayrollLines.header(PayrollLines.out(session));
            PayrollLines.print(PayrollLines.out(session), run);
        }
        return null;
    }
}
