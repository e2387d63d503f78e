package io.tangram.hr.impl.leave.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.leave.LeaveRequest;
import io.tangram.hr.impl.leave.LeaveRequestService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code hr:leave-requests [--employee E0002] [--status PENDING]}: leave requests, newest first. */
@Service
@Command(scope = "hr", name = "leave-requests", description = "List leave requests (请假申请列表)")
public class LeaveRequestsCommand implements Action {

    @Option(name = "--employee", description = "Employee number")
    String employee;

    @Option(name = "--status", description = "PENDING, APPROVED, REJECTED, WITHDRAWN or CANCELLED")
    String status;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LeaveRequestService requests;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        LeaveConsole console = new LeaveConsole(session);
        Page<LeaveRequest> page = console.call(() -> requests.search(company, employee,
                ConsoleInput.choice("status", status, LeaveRequest.Status.class), PageRequest.of(0, limit)));
        if (page != null) {
            console.out().printf("%-16s %-8s %-12s %-11s %-3s %-11s %-3s %-6s %-9s %-8s %s%n", "number", "employee",
                    "type", "from", "", "to", "", "days", "status", "path", "approval / note");
            for (LeaveRequest r : page.items()) {
                console.out().printf("%-16s %-8s %-12s %-11s %-3s %-11s %-3s %-6s %-9s %-8s %s%n", r.number(), r.employee(),
                        r.leaveType(), r.from(), r.fromHalf() == null ? "" : r.fromHalf(), r.to(),
                        r.toHalf() == null ? "" : r.toHalf(), LeaveConsole.days(r.days()), r.status(), r.approvalPath(),
                        r.approvalRef() != null ? r.approvalRef() : r.approvalNote() == null ? "" : r.approvalNote());
            }
            console.out().printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
