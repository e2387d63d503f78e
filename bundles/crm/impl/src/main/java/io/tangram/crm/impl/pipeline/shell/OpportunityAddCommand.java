package io.tangram.crm.impl.pipeline.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.pipeline.OpportunityInput;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code crm:opportunity-add CUSTOMER_ID NAME AMOUNT [--stage NEEDS] [--close 2026-12-31] [--owner li.na]
 * [--campaign 3]}: a new opportunity.
 */
@Service
@Command(scope = "crm", name = "opportunity-add", description = "Create an opportunity (新建商机)")
public class OpportunityAddCommand implements Action {

    @Argument(index = 0, name = "customer", required = true, description = "Customer (party) id")
    long customer;

    @Argument(index = 1, name = "name", required = true, description = "What is being sold")
    String name;

    @Argument(index = 2, name = "amount", required = true, description = "Expected net amount, company currency")
    String amount;

    @Option(name = "--stage", description = "Stage code (default: the first stage)")
    String stage;

    @Option(name = "--close", description = "Expected close date, e.g. 2026-12-31")
    String close;

    @Option(name = "--owner", description = "Owning rep (default: the customer's owner)")
    String owner;

    @Option(name = "--campaign", description = "Campaign id it came from")
    Long campaign;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Opportunities opportunities;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        OpportunityDto o = console.call(() -> opportunities.create(new OpportunityInput(company, customer, name, stage,
                ConsoleInput.amount("amount", amount), ConsoleInput.date("close", close), owner, campaign, null)));
        if (o != null) {
            console.out().printf("opportunity %d %s for %s: %s %s in %s (%d%%, weighted %s), owner %s%n", o.id(),
                    o.name(), o.customerName(), o.amount().toPlainString(), o.currency(), o.stageCode(),
                    o.probability(), o.weighted().toPlainString(), o.owner());
        }
        return null;
    }
}
