package io.tangram.hr.impl.leave.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.leave.LeaveRequest;
import io.tangram.hr.impl.leave.LeaveRequestService;
import io.tangram.masterdata.api.CompanyService;

/** {@code hr:leave-approve HLV-2026-000001 [--reject] [--comment TEXT]}: decides a request waiting here. */
@Service
@Command(scope = "hr", name = "leave-approve", description = "Approve or reject a leave request (审批请假申请)")
public class LeaveApproveCommand implements Action {

    @Argument(index = 0, name = "number", required = true, description = "Leave request number")
    String number;

    @Option(name = "--reject", description = "Reject instead of approving")
    boolean reject;

    @Option(name = "--comment", description = "Comment or reason")
    String comment;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LeaveRequestService requests;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        LeaveConsole console = new LeaveConsole(session);
        LeaveRequest r = console.call(() -> reject ? requests.reject(company, number, comment)
                : requests.approve(company, number, comment));
        if (r != null) {
            console.out().printf("%s %s %s days of %s: %s%n", r.number(), r.employee(), LeaveConsole.days(r.days()),
                    r.leaveType(), r.status());
        }
        return null;
    }
}
