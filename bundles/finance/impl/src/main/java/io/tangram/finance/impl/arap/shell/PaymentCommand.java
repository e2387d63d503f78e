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
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * Supplier payments (先审批、后付款): {@code finance:payment new SUPPLIER AMOUNT PI-2026-000001:500 …},
 * then {@code finance:payment approve ID} and {@code finance:payment post ID}; {@code submit ID}
 * sends a draft to OA, {@code show ID} prints one.
 */
@Service
@Command(scope = "finance", name = "payment", description = "Enter, approve, post or show a supplier payment (付款)")
public class PaymentCommand implements Action {

    /** What the command does. */
    enum Step { NEW, SUBMIT, APPROVE, POST, SHOW }

    @Argument(index = 0, name = "action", required = true, description = "new, submit, approve, post or show")
    String action;

    @Argument(index = 1, name = "arguments", required = true, multiValued = true,
            description = "new: SUPPLIER AMOUNT INVOICE:AMOUNT…; otherwise the payment id")
    List<String> arguments;

    @Option(name = "--date", description = "Value date of a new payment (default today)")
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
        PaymentDto payment = console.call(() -> {
            Step step = ConsoleInput.choice("action", action, Step.class);
            if (step == Step.NEW) {
                if (arguments.size() < 3) {
                    throw ValidationException.of("arguments", Text.of("give SUPPLIER AMOUNT INVOICE:AMOUNT…",
                            "请输入 供应商 金额 发票号:金额…"));
                }
                LocalDate on = ConsoleInput.date("date", date);
                return payments.create(new PaymentInput(company, PaymentKind.PAYMENT,
                        ArApConsole.id("supplier", arguments.get(0)),
                        on == null ? LocalDate.now(ZoneId.systemDefault()) : on,
                        ConsoleInput.amount("amount", arguments.get(1)), bank, reference,
                        console.allocations(invoices, arguments.subList(2, arguments.size()))));
            }
            long id = ArApConsole.id("id", arguments.get(0));
            return switch (step) {
                case SUBMIT -> payments.submit(id);
                case APPROVE -> payments.approve(id);
                case POST -> payments.post(id);
                default -> payments.get(id);
            };
        });
        if (payment != null) {
            console.print(payment);
        }
        return null;
    }
}
