package io.tangram.finance.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.AccountDto;
import io.tangram.finance.api.AccountInput;
import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.ChartOfAccounts;
import io.tangram.finance.api.NormalBalance;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

@Service
@Command(scope = "finance", name = "account-add", description = "Adds an account to the chart (新增会计科目)")
public class AccountAddCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Account code, digits; a sub-account's starts with its parent's")
    String code;

    @Argument(index = 1, name = "name", required = true, description = "Name (quote names with spaces)")
    String name;

    @Option(name = "--parent", description = "Parent account code (the sub-account takes its type)")
    String parent;

    @Option(name = "--type", description = "ASSET, LIABILITY, EQUITY, REVENUE or EXPENSE (required at the top)")
    String type;

    @Option(name = "--normal-balance", description = "DEBIT or CREDIT (default: the type's)")
    String normalBalance;

    @Option(name = "--name-en", description = "English name")
    String nameEn;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ChartOfAccounts accounts;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        AccountDto created = console.call(() -> accounts.create(new AccountInput(company, code, name, nameEn, parent,
                ConsoleInput.choice("type", type, AccountType.class),
                ConsoleInput.choice("normalBalance", normalBalance, NormalBalance.class))));
        if (created != null) {
            console.out().printf("Created account %s %s (id %d, %s)%n", created.code(), created.name(), created.id(),
                    created.type());
        }
        return null;
    }
}
