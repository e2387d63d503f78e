package io.tangram.finance.impl.arap.shell;

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

import io.tangram.finance.api.arap.Invoices;
import io.tangram.finance.api.arap.PaymentDto;
import io.tangram.finance.api.arap.PaymentInput;
import io.tangram.finance.api.arap.PaymentKind;
import io.tangram.finance.api.arap.Payments;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:receipt [--date D] [--reference R] CUSTOMER AMOUNT SI-2026-000001:1130 …}: records and posts a receipt. */
@Service
@Command(scope = "finance", name = "receipt", description = "Record and post a receipt from a customer (收款核销)")
public class ReceiptCommand implements Action {

    @Argument(index = 0, name = "customer", required = true, description = "Customer (party) id")
    long customer;

    @Argument(index = 1, name = "amount", required = true, description = "Amount received, e.g. 1130.00")
    String amount;

    @Argument(index = 2, name = "allocations", required = true, multiValued = true,
            description = "INVOICE:AMOUNT for each invoice it settles, e.g. SI-2026-000001:1130")
    List<String> allocations;

    @Option(name = "--date", description = "Value date (default today)")
    String date;

    @Option(name = "--bank", description = "Bank account code (default the configured one, 1002)")
    String bank;

    @Option(name = "--reference", description = "Bank reference")
    String reference;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Payments payments;

    @Reference
    Invoices invoices;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ArApConsole console = new ArApConsole(session, company);
        PaymentDto receipt = console.call(() -> {
            LocalDate on = ConsoleInput.date("date", date);
            return payments.create(new PaymentInput(company, PaymentKind.RECEIPT, customer,
                    on == null ? LocalDate.now(ZoneId.systemDefault()) : on, ConsoleInput.amount("amount", amount), bank,
                    reference, console.allocations(invoices, allocations)));
        });
        if (receipt != null) {
            console.print(receipt);
        }
        return null;
    }
}
