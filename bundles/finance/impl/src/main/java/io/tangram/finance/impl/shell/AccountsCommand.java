package io.tangram.finance.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.AccountDto;
import io.tangram.finance.api.ChartOfAccounts;
import io.tangram.masterdata.api.CompanyService;

@Service
@Command(scope = "finance", name = "accounts", description = "Lists the chart of accounts (会计科目表)")
public class AccountsCommand implements Action {

    @Option(name = "--inactive", description = "Also list deactivated accounts")
    boolean inactive;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ChartOfAccounts accounts;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        List<AccountDto> list = console.call(() -> accounts.list(company, inactive));
        if (list == null) {
            return null;
        }
        if (list.isEmpty()) {
            console.out().println("No accounts yet: load a chart with finance:load-chart / 尚无会计科目，请用 finance:load-chart 导入");
        }
        for (AccountDto a : list) {
            int depth = a.parentCode() == null ? 0 : depth(list, a);
            console.out().printf("%-12s %s%s  %s  %s/%s%s%s%s%n", a.code(), "  ".repeat(depth), a.name(),
                    FinanceConsole.orEmpty(a.nameEn()), a.type(), a.normalBalance(), a.postable() ? "" : "  (summary)",
                    a.used() ? "  used" : "", a.active() ? "" : "  INACTIVE");
        }
        return null;
    }

    private static int depth(List<AccountDto> list, AccountDto account) {
        int depth = 0;
        for (AccountDto a : list) {
            if (!a.code().equals(account.code()) && account.code().startsWith(a.code())) {
                depth++;
            }
        }
        return depth;
    }
}
