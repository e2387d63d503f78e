package io.tangram.crm.impl.ticket.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.api.ticket.TicketStatus;
import io.tangram.crm.api.ticket.Tickets;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code crm:ticket-status ID STATUS}: moves a ticket on; {@code OPEN} reopens a resolved or closed one. */
@Service
@Command(scope = "crm", name = "ticket-status", description = "Change a ticket's status (变更工单状态)")
public class TicketStatusCommand implements Action {

    @Argument(index = 0, name = "ticket", required = true, description = "Ticket id")
    long ticket;

    @Argument(index = 1, name = "status", required = true, description = "OPEN, PENDING, RESOLVED or CLOSED")
    String status;

    @Reference
    Tickets tickets;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        TicketDto t = console.call(() -> tickets.changeStatus(ticket,
                ConsoleInput.choice("status", status, TicketStatus.class)));
        if (t != null) {
            console.out().printf("ticket %d %s is %s%n", t.id(), t.number(), t.status());
        }
        return null;
    }
}
