package io.tangram.hr.impl.review.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.review.CycleDto;
import io.tangram.hr.impl.review.CycleStatus;
import io.tangram.hr.impl.review.ReviewCycleService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * {@code hr:review-cycles [--status OPEN] [--open ID | --calibrate ID | --close ID]}: review cycles,
 * newest period first; the options move one cycle on first.
 */
@Service
@Command(scope = "hr", name = "review-cycles", description = "List and move review cycles (绩效考核周期)")
public class ReviewCyclesCommand implements Action {

    @Option(name = "--status", description = "DRAFT, OPEN, CALIBRATION or CLOSED")
    String status;

    @Option(name = "--open", description = "Open this cycle: creates its reviews")
    Long open;

    @Option(name = "--calibrate", description = "Move this cycle to calibration")
    Long calibrate;

    @Option(name = "--close", description = "Close this cycle: freezes its reviews")
    Long close;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ReviewCycleService cycles;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session == null ? System.out : session.getConsole();
        Object user = session == null ? null : session.get("USER");
        CycleDto moved = ConsoleCall.run(user, out, () -> open != null ? cycles.open(open)
                : calibrate != null ? cycles.calibrate(calibrate) : close != null ? cycles.close(close) : null);
        if (moved != null) {
            out.printf("review cycle %d %s is %s (%d reviews)%n", moved.id(), moved.name(), moved.status(),
                    moved.reviews());
        }
        Page<CycleDto> page = ConsoleCall.run(user, out, () -> cycles.search(company,
                ConsoleInput.choice("status", status, CycleStatus.class), PageRequest.of(0, limit)));
        if (page != null) {
            out.printf("%-6s %-24s %-24s %-23s %-11s %-11s %-11s %7s %s%n", "id", "name", "名称", "period", "self by",
                    "manager by", "status", "reviews", "bands");
            for (CycleDto c : page.items()) {
                out.printf("%-6d %-24s %-24s %-23s %-11s %-11s %-11s %7d %s%n", c.id(), c.name(), c.nameZh(),
                        c.periodFrom() + "–" + c.periodTo(), c.selfDeadline(), c.managerDeadline(), c.status(),
                        c.reviews(), c.bands().stream().map(b -> b.rating() + "≥" + b.minScore().stripTrailingZeros()
                                .toPlainString()).reduce((a, b) -> a + " " + b).orElse("-"));
            }
            out.printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
