package io.tangram.crm.impl.ticket.shell;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.ticket.ServiceLevels;
import io.tangram.crm.api.ticket.SlaReport;
import io.tangram.crm.api.ticket.SlaReportLine;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code crm:sla-report [--from 2026-11-01] [--to 2026-11-30]}: SLA compliance per priority of the
 * tickets opened in the period (this month by default).
 */
@Service
@Command(scope = "crm", name = "sla-report", description = "SLA compliance report (SLA 达成率报表)")
public class SlaReportCommand implements Action {

    @Option(name = "--from", description = "First day (default: first day of this month)")
    String from;

    @Option(name = "--to", description = "Last day (default: today)")
    String to;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ServiceLevels serviceLevels;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        LocalDate today = LocalDate.now(TicketLines.zone(console, serviceLevels));
        SlaReport report = console.call(() -> {
            LocalDate first = ConsoleInput.date("from", from);
            LocalDate last = ConsoleInput.date("to", to);
            return serviceLevels.report(company, first == null ? today.withDayOfMonth(1) : first,
                    last == null ? today : last);
        });
        if (report != null) {
            console.out().printf("SLA %s – %s%n", report.from(), report.to());
            console.out().printf("%-8s %7s %12s %10s %12s %10s %12s %12s%n", "priority", "tickets", "responses",
                    "met %", "resolutions", "met %", "avg resp min", "avg res min");
            report.lines().forEach(l -> print(console, l));
            print(console, report.total());
        }
        return null;
    }

    private static void print(CrmConsole console, SlaReportLine l) {
        console.out().printf("%-8s %7d %5d of %-4d %10s %5d of %-4d %10s %12s %12s%n",
                l.priority() == null ? "total" : l.priority(), l.tickets(), l.firstResponseMet(),
                l.firstResponseDecided(), dash(l.firstResponseMetPercent()), l.resolutionMet(), l.resolutionDecided(),
                dash(l.resolutionMetPercent()), dash(l.avgFirstResponseMinutes()), dash(l.avgResolutionMinutes()));
    }

    private static String dash(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }
}
