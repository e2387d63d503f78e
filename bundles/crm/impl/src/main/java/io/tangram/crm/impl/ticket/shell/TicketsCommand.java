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
import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.api.ticket.TicketPriority;
import io.tangram.crm.api.ticket.TicketQuery;
import io.tangram.crm.api.ticket.TicketStatus;
import io.tangram.crm.api.ticket.Tickets;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * {@code crm:tickets [--status OPEN] [--priority URGENT] [--assignee li.na] [--queue SUPPORT] [--breached] [TEXT]}:
 * tickets newest first with their due times ({@code !} breached, {@code ✓} met).
 */
@Service
@Command(scope = "crm", name = "tickets", description = "List service tickets (服务工单列表)")
public class TicketsCommand implements Action {

    @Argument(index = 0, name = "text", description = "Part of the number, subject or customer name")
    String text;

    @Option(name = "--status", description = "NEW, OPEN, PENDING, RESOLVED or CLOSED")
    String status;

    @Option(name = "--priority", description = "URGENT, HIGH, NORMAL or LOW")
    String priority;

    @Option(name = "--assignee", description = "Agent's username")
    String assignee;

    @Option(name = "--queue", description = "Service team code")
    String queue;

    @Option(name = "--customer", description = "Customer id")
    Long customer;

    @Option(name = "--breached", description = "Only tickets that missed an SLA target")
    boolean breached;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

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
        Page<TicketDto> page = console.call(() -> tickets.search(company, new TicketQuery(
                ConsoleInput.choice("status", status, TicketStatus.class),
                ConsoleInput.choice("priority", priority, TicketPriority.class), assignee, queue, customer,
                breached ? Boolean.TRUE : null, text), PageRequest.of(0, limit)));
        if (page != null) {
            ZoneId zone = TicketLines.zone(console, serviceLevels);
            TicketLines.header(console.out());
            page.items().forEach(t -> TicketLines.print(console.out(), t, zone));
            console.out().printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
