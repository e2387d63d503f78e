package io.tangram.finance.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.Vouchers;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:reverse [--date D] 记-2026-11-0001 REASON}: posts the red-ink reversal of a posted voucher. */
@Service
@Command(scope = "finance", name = "reverse", description = "Reverse a posted voucher in red ink (红字冲销)")
public class ReverseCommand implements Action {

    @Argument(index = 0, name = "voucher", required = true, description = "Voucher number, e.g. 记-2026-11-0001, or id")
    String voucher;

    @Argument(index = 1, name = "reason", required = true, multiValued = true, description = "Why it is reversed")
    List<String> reason;

    @Option(name = "--date", description = "Date of the reversal (default: the original's date)")
    String date;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Vouchers vouchers;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        VoucherDto reversal = console.call(() -> vouchers.reverse(console.voucher(vouchers, voucher).id(),
                ConsoleInput.date("date", date), String.join(" ", reason)));
        if (reversal != null) {
            console.print(reversal);
        }
        return null;
    }
}
