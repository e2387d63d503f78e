package io.tangram.finance.impl.bank.shell;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.bank.BankAccounts;
import io.tangram.finance.api.bank.BankReconciliation;
import io.tangram.finance.api.bank.BankReconciliationReport;
import io.tangram.finance.api.bank.ReconcilingItem;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.money.Money;

/** {@code finance:reconciliation --at 2026-11-30 ICBC}: prints the bank reconciliation statement (银行存款余额调节表). */
@Service
@Command(scope = "finance", name = "reconciliation", description = "Bank reconciliation statement (银行存款余额调节表)")
public class ReconciliationCommand implements Action {

    @Argument(index = 0, name = "account", required = true, description = "Bank account code or id")
    String account;

    @Option(name = "--at", description = "Reconciliation date, e.g. 2026-11-30 (default today)")
    String at;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    BankAccounts accounts;

    @Reference
    BankReconciliation reconciliation;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        BankConsole console = new BankConsole(session);
        BankReconciliationReport r = console.call(() -> {
            LocalDate on = ConsoleInput.date("at", at);
            return reconciliation.report(BankConsole.account(accounts, company, account).id(),
                    on == null ? LocalDate.now(ZoneId.systemDefault()) : on);
        });
        if (r == null) {
            return null;
        }
        var out = console.out();
        out.printf("银行存款余额调节表 / Bank reconciliation  %s (ledger %s)  at %s  %s%n", r.bankAccountCode(),
                r.glAccountCode(), r.at(), r.currency());
        out.printf("%-44s %16s   %-44s %16s%n", "Book balance 企业账面余额", plain(r.bookBalance()),
                "Bank balance 银行对账单余额", plain(r.bankBalance()));
        out.printf("%-44s %16s   %-44s %16s%n", "+ received by bank, not booked 银行已收企业未收", plain(r.bankReceivedTotal()),
                "+ booked receipts not in bank 企业已收银行未收", plain(r.bookReceivedTotal()));
        out.printf("%-44s %16s   %-44s %16s%n", "- paid by bank, not booked 银行已付企业未付", plain(r.bankPaidTotal()),
                "- booked payments not in bank 企业已付银行未付", plain(r.bookPaidTotal()));
        out.printf("%-44s %16s   %-44s %16s%n", "Adjusted book balance 调节后余额", plain(r.adjustedBookBalance()),
                "Adjusted bank balance 调节后余额", plain(r.adjustedBankBalance()));
        out.println(r.reconciled() ? "Reconciled / 已平衡" : "NOT reconciled: the adjusted balances differ / 未平衡：调节后余额不相等");
        items(console, "Received by bank, not booked / 银行已收企业未收", r.bankReceived());
        items(console, "Paid by bank, not booked / 银行已付企业未付", r.bankPaid());
        items(console, "Booked receipts not in bank / 企业已收银行未收", r.bookReceived());
        items(console, "Booked payments not in bank / 企业已付银行未付", r.bookPaid());
        return null;
    }

    private static void items(BankConsole console, String title, List<ReconcilingItem> items) {
        if (items.isEmpty()) {
            return;
        }
        console.out().println(title);
        for (ReconcilingItem i : items) {
            console.out().printf("  %s %16s  %-18s %s%n", i.date(), plain(i.amount()), BankConsole.orEmpty(i.reference()),
                    BankConsole.orEmpty(i.description()));
        }
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }
}
