package io.tangram.oa.impl.approval.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.approval.ProcessDto;
import io.tangram.oa.impl.approval.ProcessService;
import io.tangram.oa.impl.approval.ProcessStep;
import io.tangram.oa.impl.approval.StepApprover;
import io.tangram.oa.impl.approval.StepCondition;

/** {@code oa:process CODE}: one process with its steps, conditions and approvers, and its versions. */
@Service
@Command(scope = "oa", name = "process", description = "Show an approval process with its steps (查看审批流程)")
public class ProcessCommand implements Action {

    @Argument(index = 0, name = "code", required = true)
    String code;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ProcessService processes;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ProcessDto p = ApprovalLines.call(session, () -> processes.get(company, code));
        if (p == null) {
            return null;
        }
        PrintStream out = ApprovalLines.out(session);
        out.printf("%s %s / %s for %s, version %d, %s%n", p.code(), p.name(), p.nameZh(), p.documentType(),
                p.version(), p.active() ? "active" : "inactive");
        int n = 1;
        for (ProcessStep s : p.steps()) {
            out.printf("  %d. %s / %s [%s]%s%n", n++, s.name(), s.nameZh(), s.mode(),
                    s.timeoutHours() == null ? "" : " timeout " + s.timeoutHours() + " h"
                            + (s.escalateTo() == null ? "" : ", escalate to " + s.escalateTo()));
            for (StepCondition c : s.conditions()) {
                out.printf("       if %s %s %s%n", c.field(), c.op(), c.value());
            }
            for (StepApprover a : s.approvers()) {
                out.printf("       approver %s%s%n", a.kind(), a.value() == null ? "" : " " + a.value());
            }
        }
        p.versions().forEach(v -> out.printf("  v%d saved by %s at %s%n", v.version(), v.savedBy(),
                ApprovalLines.time(v.savedAt())));
        return null;
    }
}
