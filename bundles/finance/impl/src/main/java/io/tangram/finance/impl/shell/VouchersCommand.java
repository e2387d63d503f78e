package io.tangram.finance.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherQuery;
import io.tangram.finance.api.Vouchers;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code finance:vouchers [--from D] [--to D] [--account C]}: lists vouchers, newest first. */
@Service
@Command(scope = "finance", name = "vouchers", description = "List vouchers, newest first (凭证列表)")
public class VouchersCommand implements Action {

    @Option(name = "--from", description = "First date, e.g. 2026-11-01")
    String from;

    @Option(name = "--to", description = "Last date, e.g. 2026-11-30")
    String to;

    @Option(name = "--account", description = "Only vouchers with a line on this account code")
    String account;

    @Option(name = "--limit", description = "At most this many (default 50)")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Vouchers vouchers;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        Page<VoucherDto> page = console.call(() -> vouchers.search(company, new VoucherQuery(
                ConsoleInput.date("from", from), ConsoleInput.date("to", to), null, account, null, null),
                PageRequest.of(0, limit)));
        if (page == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Number");
        table.column("Date");
        table.column("Status");
        table.column("Debit").alignRight();
        table.column("Credit").alignRight();
        table.column("Description");
        for (VoucherDto v : page.items()) {
            table.addRow().addContent(v.id(), FinanceConsole.orEmpty(v.number()), v.date(), v.status(),
                    v.totalDebit().amount().toPlainString(), v.totalCredit().amount().toPlainString(),
                    FinanceConsole.orEmpty(v.description()));
        }
        table.print(console.out());
        console.out().printf("%d of %d%n", page.items().size(), page.total());
        return null;
    }
}
