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
@Command(scope = "finance", name = "period-reopen", description = "Reopens a closed fiscal period (反结账)")
public class PeriodReopenCommand implements Action {

    @Argument(index = 0, name = "period", required = true, description = "Month, e.g. 2026-11")
    String period;

    @Argument(index = 1, name = "reason", required = true, description = "Why it is reopened (quote it)")
    String reason;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    FiscalPeriods periods;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        FiscalPeriodDto opened = console.call(() -> periods.reopen(company, period, reason));
        if (opened != null) {
            console.out().printf("Period %s reopened / 会计期间 %s 已反结账%n", opened.code(), opened.code());
        }
        return null;
    }
}
