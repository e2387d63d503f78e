package io.tangram.crm.impl.pipeline.shell;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.pipeline.FunnelReport;
import io.tangram.crm.api.pipeline.FunnelStage;
import io.tangram.crm.api.pipeline.PipelineReports;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code crm:funnel [--from 2026-10-01] [--to 2026-12-31]}: the sales funnel (default: this month). */
@Service
@Command(scope = "crm", name = "funnel", description = "Sales funnel with conversion rates (销售漏斗)")
public class FunnelCommand implements Action {

    @Option(name = "--from", description = "First day (default: first day of this month)")
    String from;

    @Option(name = "--to", description = "Last day (default: last day of from's month)")
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
        FunnelReport report = console.call(() -> {
            LocalDate start = ConsoleInput.date("from", from);
            LocalDate first = start != null ? start : LocalDate.now(ZoneId.systemDefault()).withDayOfMonth(1);
            LocalDate end = ConsoleInput.date("to", to);
            return reports.funnel(company, first, end != null ? end : first.withDayOfMonth(first.lengthOfMonth()));
        });
        if (report != null) {
            console.out().printf("funnel %s .. %s (%s)%n%-12s %-16s %6s %14s %8s %8s %8s%n", report.from(), report.to(),
                    report.currency(), "stage", "name", "count", "amount", "entered", "advanced", "conv %");
            for (FunnelStage s : report.stages()) {
                console.out().printf("%-12s %-16s %6d %14s %8d %8s %8s%n", s.code(), s.nameZh(), s.count(),
                        s.amount().toPlainString(), s.entered(), s.advanced() == null ? "-" : s.advanced(),
                        s.conversionRate() == null ? "-" : s.conversionRate().toPlainString());
            }
        }
        return null;
    }
}
