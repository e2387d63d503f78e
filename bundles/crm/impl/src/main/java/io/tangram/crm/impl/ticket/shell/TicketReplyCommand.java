package io.tangram.crm.impl.ticket.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.ticket.TicketCommentDto;
import io.tangram.crm.api.ticket.TicketCommentInput;
import io.tangram.crm.api.ticket.Tickets;
import io.tangram.crm.impl.CrmConsole;

/** {@code crm:ticket-reply ID TEXT… [--internal]}: replies to the customer, or adds an internal note. */
@Service
@Command(scope = "crm", name = "ticket-reply", description = "Reply to a ticket or add a note (回复工单或添加备注)")
public class TicketReplyCommand implements Action {

    @Argument(index = 0, name = "ticket", required = true, description = "Ticket id")
    long ticket;

    @Argument(index = 1, name = "text", required = true, multiValued = true, description = "The reply")
    List<String> text;

    @Option(name = "--internal", description = "An internal note only agents read")
    boolean internal;

    @Reference
    Tickets tickets;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        TicketCommentDto c = console.call(() -> tickets.comment(ticket, new TicketCommentInput(String.join(" ", text),
                internal)));
        if (c != null) {
            console.out().printf("%s %d added to ticket %d%n", c.internal() ? "note" : "reply", c.id(), c.ticketId());
        }
        return null;
    }
}
