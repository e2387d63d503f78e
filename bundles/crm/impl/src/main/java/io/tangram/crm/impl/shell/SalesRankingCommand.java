package io.tangram.crm.impl.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.sales.RankingDimension;
import io.tangram.crm.api.sales.SalesRanking;
import io.tangram.crm.api.sales.SalesRankingLine;
import io.tangram.crm.api.sales.SalesReports;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code crm:sales-ranking [PRODUCT|CUSTOMER|REP] [--from] [--to] [--limit]}: net sales ranked, this month by default. */
@Service
@Command(scope = "crm", name = "sales-ranking", description = "Sales ranking by product, customer or rep (销售排行)")
public class SalesRankingCommand implements Action {

    @Argument(index = 0, name = "by", description = "PRODUCT (default), CUSTOMER or REP")
    String by;

    @Option(name = "--from", description = "First day (default: first of this month)")
    String from;

    @Option(name = "--to", description = "Last day (default: end of the month of --from)")
    String to;

    @Option(name = "--limit", description = "Lines to show (default 20)")
    int limit = 20;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    SalesReports reports;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        SalesRanking r = console.call(() -> {
            RankingDimension dimension = ConsoleInput.choice("by", by, RankingDimension.class);
            LocalDate start = ConsoleInput.date("from", from);
            LocalDate first = start == null ? LocalDate.now().withDayOfMonth(1) : start;
            LocalDate end = ConsoleInput.date("to", to);
            return reports.ranking(company, dimension == null ? RankingDimension.PRODUCT : dimension, first,
                    end == null ? first.withDayOfMonth(first.lengthOfMonth()) : end, limit);
        });
        if (r != null) {
            console.out().printf("%s ranking %s – %s: %d orders, net %s %s%n", r.by(), r.from(), r.to(), r.orders(),
                    r.netAmount(), r.currency());
            for (SalesRankingLine l : r.lines()) {
                console.out().printf("%3d. %-16s %-28s %5d orders %12s %14s %6s%%%n", l.rank(), l.code(), l.name(),
                        l.orders(), l.quantity() == null ? "" : l.quantity().stripTrailingZeros().toPlainString(),
                        l.netAmount(), l.share());
            }
        }
        return null;
    }
}
