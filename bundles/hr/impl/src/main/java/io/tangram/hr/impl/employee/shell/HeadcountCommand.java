package io.tangram.hr.impl.employee.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.employee.HeadcountReport;
import io.tangram.hr.impl.employee.HeadcountRow;
import io.tangram.hr.impl.employee.HeadcountService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.web.api.RequestParams;

/** {@code hr:headcount 2026-01 2026-12}: headcount and turnover by month and department. */
@Service
@Command(scope = "hr", name = "headcount", description = "Headcount and turnover (人数与离职率)")
public class HeadcountCommand implements Action {

    @Argument(index = 0, name = "from", required = true, description = "First month, 2026-01")
    String from;

    @Argument(index = 1, name = "to", required = true, description = "Last month, 2026-12")
    String to;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    HeadcountService headcount;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        HeadcountReport r = ConsoleCall.run(session.get("USER"), out, () -> headcount.report(company,
                RequestParams.month("from", from), RequestParams.month("to", to)));
        if (r != null) {
            out.printf("%-8s %-12s %7s %5s %7s %4s %4s %7s %9s%n", "month", "department", "opening", "hires", "leavers",
                    "in", "out", "closing", "turnover");
            for (HeadcountRow total : r.totals()) {
                r.rows().stream().filter(row -> row.month().equals(total.month())).forEach(row -> print(out, row));
                print(out, total);
            }
        }
        return null;
    }

    private static void print(PrintStream out, HeadcountRow row) {
        out.printf("%-8s %-12s %7d %5d %7d %4d %4d %7d %8s%%%n", row.month(),
                row.departmentCode() == null ? "(total/合计)" : row.departmentCode(), row.opening(), row.hires(),
                row.leavers(), row.transfersIn(), row.transfersOut(), row.closing(),
                row.turnoverRate() == null ? "-" : row.turnoverRate().toPlainString());
    }
}
