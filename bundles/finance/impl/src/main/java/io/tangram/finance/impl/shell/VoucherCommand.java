package io.tangram.finance.impl.shell;

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

/** {@code finance:voucher 记-2026-11-0001}: shows a voucher with its lines. */
@Service
@Command(scope = "finance", name = "voucher", description = "Show a voucher (查看凭证)")
public class VoucherCommand implements Action {

    @Argument(index = 0, name = "voucher", required = true, description = "Voucher number, e.g. 记-2026-11-0001, or id")
    String voucher;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Vouchers vouchers;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        VoucherDto v = console.call(() -> console.voucher(vouchers, voucher));
        if (v != null) {
            console.print(v);
        }
        return null;
    }
}
