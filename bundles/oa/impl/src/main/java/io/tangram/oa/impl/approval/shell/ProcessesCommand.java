package io.tangram.oa.impl.approval.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.approval.ProcessDto;
import io.tangram.oa.impl.approval.ProcessService;

/** {@code oa:processes}: the approval processes of a company. */
@Service
@Command(scope = "oa", name = "processes", description = "List approval processes (审批流程列表)")
public class ProcessesCommand implements Action {

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ProcessService processes;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        List<ProcessDto> list = ApprovalLines.call(session, () -> processes.list(company));
        if (list != null) {
            ApprovalLines.out(session).printf("%-16s %-28s %-8s %-6s %s%n", "code", "document type", "state",
                    "steps", "name");
            for (ProcessDto p : list) {
                ApprovalLines.out(session).printf("%-16s %-28s %-8s %-6d %s / %s (v%d)%n", p.code(), p.documentType(),
                        p.active() ? "active" : "inactive", p.steps().size(), p.name(), p.nameZh(), p.version());
            }
        }
        return null;
    }
}
