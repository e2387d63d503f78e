package io.tangram.crm.impl.ticket.shell;

import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.ticket.ServiceLevels;
import io.tangram.crm.api.ticket.TicketChannel;
import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.api.ticket.TicketInput;
import io.tangram.crm.api.ticket.TicketPriority;
import io.tangram.crm.api.ticket.Tickets;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code crm:ticket-add CUSTOMER_ID "SUBJECT" [--priority HIGH] [--channel WECHAT] [--assignee li.na]
 * [--queue SUPPORT] [--order 12] [--category 退货] [--description …]}: opens a ticket.
 */
@Service
@Command(scope = "crm", name = "ticket-add", description = "Open a service ticket (新建服务工单)")
public class TicketAddCommand implements Action {

    @Argument(index = 0, name = "customer", required = true, description = "Customer id")
    long customer;

    @Argument(index = 1, name = "subject", required = true, description = "What the customer reports")
    String subject;

    @Option(name = "--description", description = "Details")
    String description;

    @Option(name = "--channel", description = "PHONE (default), EMAIL, WEB, WECHAT or VISIT")
    String channel;

    @Option(name = "--priority", description = "URGENT, HIGH, NORMAL (default) or LOW")
    String priority;

    @Option(name = "--category", description = "Category, e.g. delivery, invoice, repair")
    String category;

    @Option(name = "--order", description = "Sales order id the ticket is about")
    Long order;

    @Option(name = "--assignee", description = "Agent's username")
    String assignee;

    @Option(name = "--queue", description = "Service team code")
    String queue;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Tickets tickets;

    @Reference
    ServiceLevels serviceLevels;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        TicketDto t = console.call(() -> tickets.create(new TicketInput(company, subject, description,
                ConsoleInput.choice("channel", channel, TicketChannel.class),
                ConsoleInput.choice("priority", priority, TicketPriority.class), category, customer, order, assignee,
                queue)));
        if (t != null) {
            ZoneId zone = TicketLines.zone(console, serviceLevels);
            console.out().printf("ticket %d %s %s for %s: respond by %s, resolve by %s%n", t.id(), t.number(),
                    t.priority(), t.customerName(), TicketLines.time(t.firstResponseDue(), zone),
                    TicketLines.time(t.resolutionDue(), zone));
        }
        return null;
    }
}
