package io.tangram.crm.impl.lead.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.lead.DuplicateMatch;
import io.tangram.crm.api.lead.LeadCapture;
import io.tangram.crm.api.lead.LeadInput;
import io.tangram.crm.api.lead.Leads;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;

/**
 * {@code crm:lead-add NAME [--org "Acme Ltd"] [--phone 138…] [--email …] [--region East]
 * [--industry retail] [--source fair] [--owner li.na]}: captures a lead; the assignment rules choose
 * the owner unless one is given.
 */
@Service
@Command(scope = "crm", name = "lead-add", description = "Capture a lead (新建线索)")
public class LeadAddCommand implements Action {

    @Argument(index = 0, name = "name", required = true, description = "Contact person's name")
    String name;

    @Option(name = "--org", description = "The prospect's company name (公司)")
    String companyName;

    @Option(name = "--phone")
    String phone;

    @Option(name = "--email")
    String email;

    @Option(name = "--region")
    String region;

    @Option(name = "--industry")
    String industry;

    @Option(name = "--source", description = "Where the lead came from (fair, website, referral …)")
    String source;

    @Option(name = "--note")
    String note;

    @Option(name = "--owner", description = "Owning rep (default: by the assignment rules)")
    String owner;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Leads leads;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        LeadCapture c = console.call(() -> leads.capture(new LeadInput(company, name, companyName, phone, email, region,
                industry, source, note, owner)));
        if (c != null) {
            if (c.lead() != null) {
                console.out().printf("%s lead %d %s, owner %s (%s)%n", c.outcome(), c.lead().id(), c.lead().name(),
                        c.lead().owner(), c.lead().assignment());
            } else {
                console.out().printf("%s%n", c.outcome());
            }
            for (DuplicateMatch m : c.matches()) {
                console.out().printf("  same %s as %s %d %s (owner %s)%n", m.field(), m.kind(), m.id(), m.name(),
                        m.owner());
            }
        }
        return null;
    }
}
