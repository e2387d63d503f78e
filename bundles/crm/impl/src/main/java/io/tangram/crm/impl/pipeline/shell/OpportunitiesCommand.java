package io.tangram.crm.impl.pipeline.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.pipeline.OpportunityQuery;
import io.tangram.crm.api.pipeline.OpportunityStatus;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code crm:opportunities [--customer 101] [--status OPEN] [--owner li.na] [--stage PROPOSAL]}: opportunities. */
@Service
@Command(scope = "crm", name = "opportunities", description = "List opportunities (商机列表)")
public class OpportunitiesCommand implements Action {

    @Option(name = "--customer", description = "Customer (party) id")
    Long customer;

    @Option(name = "--status", description = "OPEN, WON or LOST")
    String status;

    @Option(name = "--owner", description = "Owning rep's username")
    String owner;

    @Option(name = "--stage", description = "Stage code")
    String stage;

    @Option(name = "--campaign", description = "Campaign id")
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
        Page<OpportunityDto> page = console.call(() -> opportunities.search(company, new OpportunityQuery(customer,
                ConsoleInput.choice("status", status, OpportunityStatus.class), owner, stage, campaign),
                new PageRequest(0, PageRequest.MAX_LIMIT)));
        if (page != null) {
            console.out().printf("%-6s %-24s %-24s %-12s %4s %14s %14s %-10s %-12s %s%n", "id", "name", "customer",
                    "stage", "%", "amount", "weighted", "close", "owner", "status");
            for (OpportunityDto o : page.items()) {
                console.out().printf("%-6d %-24s %-24s %-12s %4d %14s %14s %-10s %-12s %s%n", o.id(), o.name(),
                        o.customerName(), o.stageCode(), o.probability(), o.amount().toPlainString(),
                        o.weighted().toPlainString(), o.expectedCloseDate() == null ? "-" : o.expectedCloseDate(),
                        o.owner(), o.status());
            }
            console.out().printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
