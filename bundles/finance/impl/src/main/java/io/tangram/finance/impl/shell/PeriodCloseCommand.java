package io.tangram.finance.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.FiscalPeriodDto;
import io.tangram.finance.api.FiscalPeriods;
import io.tangram.masterdata.api.CompanyService;

@Service
@Command(scope = "finance", name = "period-close", description = "Closes a fiscal period: nothing more can be posted into it (结账)")
public class PeriodCloseCommand implements Action {

    @Argument(index = 0, name = "period", required = true, description = "Month, e.g. 2026-11")
    String period;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    FiscalPeriods periods;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        FiscalPeriodDto closed = console.call(() -> periods.close(company, period));
        if (closed != null) {
            console.out().printf("Period %s closed / 会计期间 %s 已结账%n", closed.code(), closed.code());
        }
        return null;
    }
}
