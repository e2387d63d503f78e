package io.tangram.hr.impl.payroll.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.payroll.PayrollRun;
import io.tangram.hr.impl.payroll.PayrollService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code hr:payroll-runs}: payroll runs, newest month first, with totals and the finance hand-over. */
@Service
@Command(scope = "hr", name = "payroll-runs", description = "List payroll runs (工资表列表)")
public class PayrollRunsCommand implements Action {

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PayrollService payroll;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Page<PayrollRun> page = PayrollLines.call(session, () -> payroll.runs(company, PageRequest.of(0, limit)));
        if (page != null) {
            PayrollLines.header(PayrollLines.out(session));
            page.items().forEach(r -> PayrollLines.print(PayrollLines.out(session), r));
            PayrollLines.out(session).printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
