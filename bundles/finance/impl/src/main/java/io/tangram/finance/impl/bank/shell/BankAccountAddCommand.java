package io.tangram.finance.impl.bank.shell;


import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.bank.BankAccountDto;
import io.tangram.finance.api.bank.BankAccountInput;
import io.tangram.finance.api.bank.BankAccounts;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code finance:bank-account-add --bank 工商银行 --number 0200001234 ICBC 1002 基本户}: adds a bank
 * account kept on a ledger account.
 */
@Service
@Command(scope = "finance", name = "bank-account-add", description = "Adds a bank account (新增银行账户)")
public class BankAccountAddCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Short code of the bank account, e.g. ICBC")
    String code;

    @Argument(index = 1, name = "glAccount", required = true,
            description = "Ledger account it is kept on: 1002 or a sub-account such as 100201")
    String glAccount;

    @Argument(index = 2, name = "name", required = true, description = "Name, e.g. 基本户")
    String name;

    @Option(name = "--bank", required = true, description = "Bank and branch, e.g. 工商银行北京分行")
    String bank;

    @Option(name = "--number", required = true, description = "Account number at the bank")
    String number;

    @Option(name = "--opening-date", description = "First day reconciled in Tangram, e.g. 2026-11-01")
    String openingDate;

    @Option(name = "--opening-balance", description = "The bank's balance before the first imported line")
    String openingBalance;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    BankAccounts accounts;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        BankConsole console = new BankConsole(session);
        BankAccountDto added = console.call(() -> accounts.create(new BankAccountInput(company, code, name, bank, number,
                null, glAccount, ConsoleInput.date("opening-date", openingDate),
                ConsoleInput.amount("opening-balance", openingBalance))));
        if (added != null) {
            console.print(added);
        }
        return null;
    }

}
