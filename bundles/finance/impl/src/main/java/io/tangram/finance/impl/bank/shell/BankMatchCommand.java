package io.tangram.finance.impl.bank.shell;

import java.util.ArrayList;
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
import io.tangram.finance.api.bank.BankStatementLineDto;
import io.tangram.finance.api.bank.BankStatements;
import io.tangram.finance.api.bank.BankVoucherInput;
import io.tangram.finance.api.bank.MatchStatus;
import io.tangram.finance.api.bank.MatchSuggestion;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * Bank matching at the console (银行对账):
 * {@code finance:bank-match ICBC} lists the unmatched statement lines with their best suggestions;
 * {@code finance:bank-match --line 17} lists the suggestions of one line;
 * {@code finance:bank-match --line 17 --confirm 41 --confirm 42} matches it to ledger lines;
 * {@code finance:bank-match --line 17 --post-to 5603} posts and matches a voucher for it;
 * {@code finance:bank-match --line 17 --unmatch} undoes its match.
 */
@Service
@Command(scope = "finance", name = "bank-match", description = "Lists suggestions and confirms bank matches (银行对账勾对)")
public class BankMatchCommand implements Action {
    private static final int SUGGESTIONS_PER_LINE = 3;

    @Argument(index = 0, name = "account", description = "Bank account code or id, to list its unmatched lines")
    String account;

    @Option(name = "--line", description = "Statement line id")
    Long line;

    @Option(name = "--confirm", multiValued = true, description = "Ledger line id(s) to match the statement line to")
    List<String> confirm;

    @Option(name = "--post-to", description = "Counter account of a voucher posted from the line, e.g. 5603")
    String postTo;

    @Option(name = "--description", description = "Description of the voucher posted with --post-to")
    String description;

    @Option(name = "--unmatch", description = "Undo the statement line's match")
    boolean unmatch;

    @Option(name = "--days", description = "Days either side of the line's date to look for book entries (default 7)")
    Integer days;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    BankAccounts accounts;

    @Reference
    BankStatements statements;

    @Reference
    BankReconciliation reconciliation;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        BankConsole console = new BankConsole(session);
        if (line == null) {
            if (account == null) {
                console.out().println("Name a bank account or a --line / 请指定银行账户或 --line 对账单明细");
                return null;
            }
            listUnmatched(console);
            return null;
        }
        BankStatementLineDto result = console.call(() -> {
            if (unmatch) {
                return reconciliation.unmatch(line);
            }
            if (postTo != null) {
                return reconciliation.postVoucher(line, new BankVoucherInput(postTo, description));
            }
            if (confirm != null && !confirm.isEmpty()) {
                return reconciliation.match(line, ids(confirm));
            }
            console.print(statements.line(line));
            reconciliation.suggestions(line, days).forEach(console::print);
            return null;
        });
        if (result != null) {
            console.print(result);
        }
        return null;
    }

    private void listUnmatched(BankConsole console) throws Exception {
        console.call(() -> {
            long id = BankConsole.account(accounts, company, account).id();
            List<BankStatementLineDto> open = statements.lines(id, MatchStatus.UNMATCHED);
            if (open.isEmpty()) {
                console.out().println("Every statement line is matched / 对账单已全部勾对");
            }
            for (BankStatementLineDto l : open) {
                console.print(l);
                List<MatchSuggestion> suggestions = reconciliation.suggestions(l.id(), days);
                suggestions.stream().limit(SUGGESTIONS_PER_LINE).forEach(console::print);
            }
            return open;
        });
    }

    private static List<Long> ids(List<String> typed) {
        List<Long> ids = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            try {
                ids.add(Long.valueOf(typed.get(i).strip()));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("confirm[" + (i + 1) + "]", Text.of("must be a ledger line id",
                        "必须是凭证分录编号")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return ids;
    }
}
