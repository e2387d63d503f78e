package io.tangram.finance.impl.shell;

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

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.Vouchers;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:post [--date D] [--description T] 1002:1000:0 3001:0:1000}: records and posts a voucher. */
@Service
@Command(scope = "finance", name = "post", description = "Record and post a voucher (录入并过账凭证)")
public class PostCommand implements Action {

    @Argument(index = 0, name = "lines", required = true, multiValued = true,
            description = "ACCOUNT:DEBIT:CREDIT (or ACCOUNT:DEBIT:CREDIT:CURRENCY:RATE), e.g. 1002:1000:0 3001:0:1000")
    List<String> lines;

    @Option(name = "--date", description = "Voucher date, e.g. 2026-11-30 (default today)")
    String date;

    @Option(name = "--description", description = "What the voucher is for")
    String description;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Vouchers vouchers;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        VoucherDto posted = console.call(() -> {
            LocalDate on = ConsoleInput.date("date", date);
            return vouchers.record(new VoucherInput(company, on == null ? LocalDate.now(ZoneId.systemDefault()) : on,
                    description, FinanceConsole.lines("lines", lines), null, null));
        });
        if (posted != null) {
            console.print(posted);
        }
        return null;
    }
}
