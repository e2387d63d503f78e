package io.tangram.hr.impl.review.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.review.ReviewService;
import io.tangram.hr.impl.review.ReviewSummary;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code hr:reviews E0001 [--cycle ID]}: an employee's reviews across cycles, newest first. */
@Service
@Command(scope = "hr", name = "reviews", description = "An employee's performance review history (员工绩效历史)")
public class ReviewsCommand implements Action {

    @Argument(index = 0, name = "employee", required = true, description = "Employee number, e.g. E0001")
    String employee;

    @Option(name = "--cycle", description = "Only this review cycle id")
    Long cycle;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ReviewService reviews;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session == null ? System.out : session.getConsole();
        Page<ReviewSummary> page = ConsoleCall.run(session == null ? null : session.get("USER"), out,
                () -> reviews.search(company, employee, cycle, PageRequest.of(0, limit)));
        if (page != null) {
            out.printf("%-6s %-8s %-16s %-24s %-23s %-11s %-15s %7s %s%n", "id", "number", "employee", "cycle",
                    "period", "cycle is", "review is", "final", "rating");
            for (ReviewSummary r : page.items()) {
                out.printf("%-6d %-8s %-16s %-24s %-23s %-11s %-15s %7s %s%n", r.id(), r.employeeNumber(),
                        r.employeeName(), r.cycleName(), r.periodFrom() + "–" + r.periodTo(), r.cycleStatus(),
                        r.status(), r.finalScore() == null ? "-" : r.finalScore().toPlainString(),
                        r.rating() == null ? "-" : r.rating());
            }
            out.printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
