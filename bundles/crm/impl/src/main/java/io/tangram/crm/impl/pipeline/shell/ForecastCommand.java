package io.tangram.crm.impl.pipeline.shell;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.pipeline.ForecastCell;
import io.tangram.crm.api.pipeline.ForecastReport;
import io.tangram.crm.api.pipeline.PipelineReports;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code crm:forecast [--from 2026-12-01] [--to 2027-02-28]}: weighted forecast by month and rep (default: this month). */
@Service
@Command(scope = "crm", name = "forecast", description = "Weighted sales forecast by month and rep (加权销售预测)")
public class ForecastCommand implements Action {

    @Option(name = "--from", description = "First expected close day (default: first day of this month)")
    String from;

    @Option(name = "--to", description = "Last expected close day (default: last day of from's month)")
    String to;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PipelineReports reports;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        ForecastReport report = console.call(() -> {
            LocalDate start = ConsoleInput.date("from", from);
            LocalDate first = start != null ? start : LocalDate.now(ZoneId.systemDefault()).withDayOfMonth(1);
            LocalDate end = ConsoleInput.date("to", to);
            return reports.forecast(company, first, end != null ? end : first.withDayOfMonth(first.lengthOfMonth()));
        });
        if (report != null) {
            console.out().printf("forecast %s .. %s (%s)%n%-8s %-14s %6s %14s %14s%n", report.from(), report.to(),
                    report.currency(), "month", "rep", "count", "amount", "weighted");
            for (ForecastCell c : report.cells()) {
                row(console, String.valueOf(c.month()), c.owner(), c);
            }
            for (ForecastCell c : report.months()) {
                row(console, String.valueOf(c.month()), "(all)", c);
            }
            for (ForecastCell c : report.owners()) {
                row(console, "(all)", c.owner(), c);
            }
            row(console, "total", "", report.total());
            if (report.withoutCloseDate() > 0) {
                console.out().printf("%d open opportunities have no expected close date and are not counted%n",
                        report.withoutCloseDate());
            }
        }
        return null;
    }

    private static void row(CrmConsole console, String month, String owner, ForecastCell c) {
        console.out().printf("%-8s %-14s %6d %14s %14s%n", month, owner, c.opportunities(), c.amount().toPlainString(),
                c.weighted().toPlainString());
    }
}
