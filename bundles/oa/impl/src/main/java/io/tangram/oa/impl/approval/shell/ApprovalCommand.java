package io.tangram.oa.impl.approval.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.oa.impl.approval.ApprovalDetail;
import io.tangram.oa.impl.approval.ApprovalService;
import io.tangram.oa.impl.approval.HistoryEntry;
import io.tangram.oa.impl.approval.TaskView;

/** {@code oa:approval REFERENCE}: one approval with its tasks and full history. */
@Service
@Command(scope = "oa", name = "approval", description = "Show an approval with its history (审批详情及历史)")
public class ApprovalCommand implements Action {

    @Argument(index = 0, name = "reference", required = true, description = "e.g. AP-2026-000001")
    String reference;

    @Reference
    ApprovalService approvals;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ApprovalDetail d = ApprovalLines.call(session, () -> approvals.detail(reference));
        if (d == null) {
            return null;
        }
        PrintStream out = ApprovalLines.out(session);
        ApprovalLines.state(out, d.state());
        out.printf("  %s%s%n", d.title(), d.amount() == null ? "" : " — " + d.amount().toPlainString() + " " + d.currency());
        out.println("tasks:");
        for (TaskView t : d.tasks()) {
            out.printf("  %d %-20s %-12s %-10s%s%s%n", t.stepNo(), t.stepName(), t.assignee(), t.status(),
                    t.onBehalfOf() == null ? "" : " for " + t.onBehalfOf(), t.byEscalation() ? " (escalation)" : "");
        }
        out.println("history:");
        for (HistoryEntry h : d.history()) {
            out.printf("  %s %-8s %-24s %s%s%n", ApprovalLines.time(h.at()), h.action(), h.who(),
                    h.stepName() == null ? "" : "[" + h.stepName() + "] ", h.comment() == null ? "" : h.comment());
        }
        return null;
    }
}
