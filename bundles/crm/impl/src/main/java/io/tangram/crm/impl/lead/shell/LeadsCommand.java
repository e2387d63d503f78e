package io.tangram.crm.impl.lead.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.lead.LeadDto;
import io.tangram.crm.api.lead.LeadQuery;
import io.tangram.crm.api.lead.LeadStatus;
import io.tangram.crm.api.lead.Leads;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code crm:leads [--status NEW] [--owner li.na] [TEXT]}: leads, newest first. */
@Service
@Command(scope = "crm", name = "leads", description = "List leads (线索列表)")
public class LeadsCommand implements Action {

    @Argument(index = 0, name = "text", description = "Part of a name, company, phone or e-mail")
    String text;

    @Option(name = "--status", description = "NEW, CONTACTED, QUALIFIED, CONVERTED or DISQUALIFIED")
    String status;

    @Option(name = "--owner", description = "Owning rep's username")
    String owner;

    @Option(name = "--source", description = "Only leads from this source")
    String source;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Leads leads;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        Page<LeadDto> page = console.call(() -> leads.search(company, new LeadQuery(text, ConsoleInput.choice("status",
                status, LeadStatus.class), owner, source), new PageRequest(0, PageRequest.MAX_LIMIT)));
        if (page != null) {
            console.out().printf("%-6s %-12s %-16s %-24s %-16s %-10s %-12s %-12s%n", "id", "status", "name", "company",
                    "phone", "region", "source", "owner");
            for (LeadDto l : page.items()) {
                console.out().printf("%-6d %-12s %-16s %-24s %-16s %-10s %-12s %-12s%n", l.id(), l.status(), l.name(),
                        orDash(l.company()), orDash(l.phone()), orDash(l.region()), orDash(l.source()), l.owner());
            }
            console.out().printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
