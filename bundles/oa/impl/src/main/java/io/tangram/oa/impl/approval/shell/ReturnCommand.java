package io.tangram.oa.impl.approval.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.impl.approval.ApprovalService;

/** {@code oa:return REFERENCE COMMENT}: returns the approval to the requester (final). */
@Service
@Command(scope = "oa", name = "return", description = "Return to the requester an approval (退回申请人)")
public class ReturnCommand implements Action {

    @Argument(index = 0, name = "reference", required = true, description = "e.g. AP-2026-000001")
    String reference;

    @Argument(index = 1, name = "comment", required = true, description = "Why, required")
    String comment;

    @Reference
    ApprovalService approvals;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ApprovalState s = ApprovalLines.call(session, () -> approvals.sendBack(reference, comment));
        if (s != null) {
            ApprovalLines.state(ApprovalLines.out(session), s);
        }
        return null;
    }
}
