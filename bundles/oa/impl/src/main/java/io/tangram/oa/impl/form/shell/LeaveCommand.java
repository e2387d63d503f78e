package io.tangram.oa.impl.form.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.form.FormStatus;
import io.tangram.oa.impl.form.LeaveRequestDto;
import io.tangram.oa.impl.form.LeaveRequestService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code oa:leave [EMPLOYEE] [--status SUBMITTED]}: every employee's leave requests, newest first. */
@Service
@Command(scope = "oa", name = "leave", description = "List leave requests (请假申请列表)")
public class LeaveCommand implements Action {

    @Argument(index = 0, name = "employee", description = "Only this employee's (username)")
    String employee;

    @Option(name = "--status", description = "DRAFT, SUBMITTED, APPROVED, REJECTED, RETURNED or CANCELLED")
    String status;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LeaveRequestService leave;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session == null ? System.out : session.getConsole();
        Page<LeaveRequestDto> page = ConsoleCall.run(session == null ? null : session.get("USER"), out,
                () -> leave.all(company, ConsoleInput.choice("status", status, FormStatus.class), employee,
                        PageRequest.of(0, limit)));
        if (page != null) {
            out.printf("%-15s %-12s %-12s %-13s %-13s %5s %-9s %-10s %s%n", "number", "employee", "type", "from", "to",
                    "days", "balance", "status", "approval");
            for (LeaveRequestDto l : page.items()) {
                out.printf("%-15s %-12s %-12s %-13s %-13s %5s %-9s %-10s %s%n", l.number(), l.requester(),
                        l.leaveType(), l.from() + half(l.fromHalf()), l.to() + half(l.toHalf()),
                        l.days().toPlainString(), l.balanceCheck(), l.status(),
                        l.approvalReference() == null ? "-" : l.approvalReference());
            }
            out.printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }

    private static String half(Object half) {
        return half == null ? "" : " " + half;
    }
}
