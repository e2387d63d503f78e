package io.tangram.finance.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.ChartOfAccounts;
import io.tangram.finance.api.ChartTemplate;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

@Service
@Command(scope = "finance", name = "load-chart", description = "Loads a shipped chart of accounts; existing codes are kept (导入科目模板)")
public class LoadChartCommand implements Action {

    @Option(name = "--template", description = "CN_SMALL_BUSINESS (小企业会计准则, default) or IFRS")
    String template;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ChartOfAccounts accounts;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        Integer created = console.call(() -> {
            ChartTemplate chart = ConsoleInput.choice("template", template, ChartTemplate.class);
            return accounts.loadTemplate(company, chart == null ? ChartTemplate.CN_SMALL_BUSINESS : chart);
        });
        if (created != null) {
            console.out().printf("Created %d accounts / 新增 %d 个会计科目%n", created, created);
        }
        return null;
    }
}
