package io.tangram.finance.impl.bank.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.bank.BankAccountDto;
import io.tangram.finance.api.bank.BankAccounts;
import io.tangram.masterdata.api.CompanyService;

/** {@code finance:bank-accounts [--inactive]}: lists the company's bank accounts. */
@Service
@Command(scope = "finance", name = "bank-accounts", description = "Lists bank accounts (银行账户)")
public class BankAccountsCommand implements Action {

    @Option(name = "--inactive", description = "Also list deactivated bank accounts")
    boolean inactive;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    BankAccounts accounts;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        BankConsole console = new BankConsole(session);
        List<BankAccountDto> list = console.call(() -> accounts.list(company, inactive));
        if (list == null) {
            return null;
        }
        if (list.isEmpty()) {
            console.out().println("No bank accounts yet: add one with finance:bank-account-add / 尚无银行账户，请用"
                    + " finance:bank-account-add 新增");
        }
        list.forEach(console::print);
        return null;
    }
}
