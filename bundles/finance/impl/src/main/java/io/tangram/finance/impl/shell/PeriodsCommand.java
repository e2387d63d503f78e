package io.tangram.finance.impl.shell;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.FiscalPeriodDto;
import io.tangram.finance.api.FiscalPeriods;
import io.tangram.masterdata.api.CompanyService;

@Service
@Command(scope = "finance", name = "periods", description = "Lists the fiscal periods of a year (会计期间)")
public class PeriodsCommand implements Action {

    @Option(name = "--year", description = "Year (default: this year)")
    int year = LocalDate.now().getYear();

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    FiscalPeriods periods;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        List<FiscalPeriodDto> list = console.call(() -> periods.list(company, year));
        if (list != null) {
            for (FiscalPeriodDto p : list) {
                console.out().printf("%s  %s to %s  %-6s  %s %s%n", p.code(), p.start(), p.end(), p.status(),
                        FinanceConsole.orEmpty(p.closedBy()), FinanceConsole.orEmpty(p.closedAt()));
            }
        }
        return null;
    }
}
