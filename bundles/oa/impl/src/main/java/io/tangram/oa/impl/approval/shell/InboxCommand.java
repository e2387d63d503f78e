package io.tangram.oa.impl.approval.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.approval.ApprovalService;
import io.tangram.oa.impl.approval.InboxItem;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code oa:inbox [USER]}: approvals waiting for a user (the console user by default). */
@Service
@Command(scope = "oa", name = "inbox", description = "Approvals waiting for a user (待我审批)")
public class InboxCommand implements Action {

    @Argument(index = 0, name = "user", description = "Username (default: you)")
    String user;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ApprovalService approvals;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Page<InboxItem> page = ApprovalLines.call(session, () -> approvals.inbox(company, user,
                new PageRequest(0, PageRequest.MAX_LIMIT)));
        if (page != null) {
            ApprovalLines.out(session).printf("%-15s %-16s %14s %-12s %-20s %-16s %s%n", "reference", "since", "amount",
                    "requester", "step", "for", "title");
            for (InboxItem i : page.items()) {
                ApprovalLines.out(session).printf("%-15s %-16s %14s %-12s %-20s %-16s %s%n", i.reference(),
                        ApprovalLines.time(i.waitingSince()), i.amount() == null ? "-"
                                : i.amount().toPlainString() + " " + i.currency(), i.requester(), i.step(),
                        i.onBehalfOf() == null ? "-" : i.onBehalfOf(), i.title());
            }
            ApprovalLines.out(session).printf("%d waiting%n", page.total());
        }
        return null;
    }
}
