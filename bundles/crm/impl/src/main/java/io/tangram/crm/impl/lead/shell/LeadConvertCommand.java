package io.tangram.crm.impl.lead.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.lead.LeadConversion;
import io.tangram.crm.api.lead.LeadConversionInput;
import io.tangram.crm.api.lead.Leads;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code crm:lead-convert 12 [--code C042] [--customer 105] [--opportunity "Pilot order"] [--amount 50000]
 * [--close 2026-12-31]}: turns a lead into a customer, a contact and an opportunity.
 */
@Service
@Command(scope = "crm", name = "lead-convert", description = "Convert a lead into a customer and an opportunity (线索转化)")
public class LeadConvertCommand implements Action {

    @Argument(index = 0, name = "lead", required = true, description = "Lead id")
    long lead;

    @Option(name = "--customer", description = "Convert into this existing customer (party id)")
    Long customer;

    @Option(name = "--code", description = "The new customer's code (default: generated)")
    String code;

    @Option(name = "--name", description = "The new customer's name (default: the lead's company)")
    String name;

    @Option(name = "--opportunity", description = "The opportunity's name")
    String opportunity;

    @Option(name = "--amount", description = "The opportunity's expected amount")
    String amount;

    @Option(name = "--close", description = "Expected close date, e.g. 2026-12-31")
    String close;

    @Reference
    Leads leads;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        LeadConversion c = console.call(() -> leads.convert(lead, new LeadConversionInput(customer, code, name,
                opportunity, ConsoleInput.amount("amount", amount), ConsoleInput.date("close", close))));
        if (c != null) {
            console.out().printf("lead %d converted: customer %d %s, contact %s, opportunity %s%n", c.lead().id(),
                    c.customerId(), c.customerCode(), c.contactId() == null ? "-" : c.contactId(),
                    c.opportunityId() == null ? "-" : c.opportunityId());
            c.notes().forEach(n -> console.out().println("  " + n));
        }
        return null;
    }
}
