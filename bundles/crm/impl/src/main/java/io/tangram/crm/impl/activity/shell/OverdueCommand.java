package io.tangram.crm.impl.activity.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.activity.FollowUpDto;
import io.tangram.crm.api.activity.FollowUps;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;

/** {@code crm:overdue [--owner li.na]}: open follow-up tasks past due, by rep and due date. */
@Service
@Command(scope = "crm", name = "overdue", description = "Overdue follow-up tasks per rep (逾期跟进任务)")
public class OverdueCommand implements Action {

    @Option(name = "--owner", description = "Only this rep's tasks")
    String owner;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    FollowUps followUps;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        List<FollowUpDto> overdue = console.call(() -> followUps.overdue(company, owner));
        if (overdue != null) {
            console.out().printf("%-14s %-6s %-10s %5s  %-18s %s%n", "owner", "id", "due", "days", "about", "subject");
            for (FollowUpDto f : overdue) {
                console.out().printf("%-14s %-6d %-10s %5d  %-18s %s%n", f.assignee(), f.id(), f.dueOn(), f.daysOverdue(),
                        f.relatedTo() + " " + f.relatedId(), f.subject());
            }
            console.out().printf("%d overdue%n", overdue.size());
        }
        return null;
    }
}
