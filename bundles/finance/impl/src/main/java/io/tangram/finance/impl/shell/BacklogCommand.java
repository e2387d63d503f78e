package io.tangram.finance.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.posting.AutomaticPosting;
import io.tangram.finance.api.posting.BacklogEvent;
import io.tangram.finance.api.posting.PostingLogEntry;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code finance:backlog [--all] [list|post|dismiss|log] [EVENT_ID…]}: the events from before finance was
 * installed — list them, post them (all undecided ones when no id is given), dismiss them with
 * {@code --reason}; {@code log} shows what the latest events posted.
 */
@Service
@Command(scope = "finance", name = "backlog", description = "Post or dismiss events from before finance was installed (待处理事件)")
public class BacklogCommand implements Action {

    /** What to do with the backlog. */
    public enum BacklogAction {
        LIST, POST, DISMISS, LOG
    }

    @Argument(index = 0, name = "action", description = "list (default), post, dismiss or log")
    String action;

    @Argument(index = 1, name = "events", multiValued = true, description = "Event ids (default: every undecided one)")
    List<Long> events;

    @Option(name = "--reason", description = "Why the events are dismissed")
    String reason;

    @Option(name = "--all", description = "Also list events already posted or dismissed")
    boolean all;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    AutomaticPosting posting;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        List<Long> ids = events == null ? List.of() : events;
        List<?> shown = console.call(() -> {
            BacklogAction what = action == null ? BacklogAction.LIST
                    : ConsoleInput.choice("action", action, BacklogAction.class);
            return switch (what) {
                case LOG -> posting.log(company, 50);
                case POST -> posting.postBacklog(company, ids);
                case DISMISS -> posting.dismissBacklog(company, ids, reason);
                case LIST -> posting.backlog(company, !all);
            };
        });
        if (shown == null) {
            return null;
        }
        if (shown.isEmpty()) {
            console.out().println("Nothing to show / 没有记录");
        }
        for (Object row : shown) {
            if (row instanceof PostingLogEntry e) {
                console.out().printf("#%-6d %-34s %-20s %-15s %s %s%n", e.eventId(), e.topic(),
                        FinanceConsole.orEmpty(e.sourceRef()), e.outcome(), FinanceConsole.orEmpty(e.voucherNumber()),
                        FinanceConsole.orEmpty(e.note()));
            } else if (row instanceof BacklogEvent e) {
                console.out().printf("#%-6d %s %-34s %-20s %-15s %s %s%n", e.eventId(), e.occurredAt(), e.topic(),
                        FinanceConsole.orEmpty(e.sourceRef()), e.status(), FinanceConsole.orEmpty(e.voucherNumber()),
                        FinanceConsole.orEmpty(e.note()));
            }
        }
        return null;
    }
}
