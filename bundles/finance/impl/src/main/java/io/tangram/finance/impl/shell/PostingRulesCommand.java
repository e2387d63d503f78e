package io.tangram.finance.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.posting.PostingEventKind;
import io.tangram.finance.api.posting.PostingRuleDto;
import io.tangram.finance.api.posting.PostingRuleInput;
import io.tangram.finance.api.posting.PostingRules;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code finance:posting-rules [--category C] [--tax-rate R] [KIND DEBIT CREDIT]}: lists the automatic-posting
 * rules, or sets the rule of a kind (and category, rate) first.
 */
@Service
@Command(scope = "finance", name = "posting-rules", description = "List or set automatic-posting rules (自动过账规则)")
public class PostingRulesCommand implements Action {

    @Argument(index = 0, name = "kind", description = "GOODS_RECEIVED, GOODS_ISSUED, STOCK_GAIN or STOCK_LOSS: set its rule")
    String kind;

    @Argument(index = 1, name = "debit", description = "Account debited with a positive amount")
    String debit;

    @Argument(index = 2, name = "credit", description = "Account credited with a positive amount")
    String credit;

    @Option(name = "--category", description = "Only for products of this category")
    String category;

    @Option(name = "--tax-rate", description = "Only for this VAT rate, e.g. 0.13")
    String taxRate;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PostingRules rules;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        List<PostingRuleDto> list = console.call(() -> {
            if (kind != null) {
                rules.save(new PostingRuleInput(company, ConsoleInput.choice("kind", kind, PostingEventKind.class), category,
                        ConsoleInput.amount("--tax-rate", taxRate), debit, credit));
            }
            return rules.list(company);
        });
        if (list != null) {
            for (PostingRuleDto r : list) {
                console.out().printf("#%-4d %-15s category %-10s rate %-6s debit %-10s credit %s%n", r.id(), r.kind(),
                        r.category() == null ? "*" : r.category(), r.taxRate() == null ? "*" : r.taxRate().toPlainString(),
                        r.debitAccount(), r.creditAccount());
            }
        }
        return null;
    }

}
