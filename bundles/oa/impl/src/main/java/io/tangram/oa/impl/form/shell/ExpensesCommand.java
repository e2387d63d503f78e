package io.tangram.oa.impl.form.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.form.ExpenseClaimDto;
import io.tangram.oa.impl.form.ExpenseClaimService;
import io.tangram.oa.impl.form.FormStatus;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code oa:expenses [CLAIMANT] [--status APPROVED] [--lines]}: every employee's expense claims, newest first. */
@Service
@Command(scope = "oa", name = "expenses", description = "List expense claims (费用报销列表)")
public class ExpensesCommand implements Action {

    @Argument(index = 0, name = "claimant", description = "Only this employee's (username)")
    String claimant;

    @Option(name = "--status", description = "DRAFT, SUBMITTED, APPROVED, REJECTED, RETURNED or CANCELLED")
    String status;

    @Option(name = "--lines", description = "Show each claim's lines")
    boolean lines;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ExpenseClaimService expenses;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session == null ? System.out : session.getConsole();
        Page<ExpenseClaimDto> page = ConsoleCall.run(session == null ? null : session.get("USER"), out,
                () -> expenses.all(company, ConsoleInput.choice("status", status, FormStatus.class), claimant,
                        PageRequest.of(0, limit)));
        if (page != null) {
            out.printf("%-16s %-12s %12s %-4s %-8s %-10s %-15s %s%n", "number", "claimant", "total", "cur", "payee",
                    "status", "approval", "purpose");
            for (ExpenseClaimDto c : page.items()) {
                out.printf("%-16s %-12s %12s %-4s %-8d %-10s %-15s %s%n", c.number(), c.requester(),
                        c.total().toPlainString(), c.currency(), c.payeePartyId(), c.status(),
                        c.approvalReference() == null ? "-" : c.approvalReference(),
                        c.purpose() == null ? "" : c.purpose());
                if (lines) {
                    for (ExpenseClaimDto.Line l : c.lines()) {
                        out.printf("    %2d %-13s %s %12s %-10s %s%n", l.lineNo(), l.category(), l.date(),
                                l.amount().toPlainString(), l.costCentre() == null ? "-" : l.costCentre(),
                                l.description());
                    }
                }
            }
            out.printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
