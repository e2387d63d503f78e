package io.tangram.crm.impl.campaign.shell;

import java.math.BigDecimal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.campaign.CampaignResults;
import io.tangram.crm.api.campaign.Campaigns;
import io.tangram.crm.impl.CrmConsole;

/** {@code crm:campaign-results ID}: recipients, sends, responses, attributed opportunities, orders and revenue. */
@Service
@Command(scope = "crm", name = "campaign-results", description = "Results of a campaign (营销活动效果)")
public class CampaignResultsCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "Campaign id")
    long id;

    @Reference
    Campaigns campaigns;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        CampaignResults r = console.call(() -> campaigns.results(id));
        if (r != null) {
            console.out().printf("campaign %d %s (%s)%n", r.campaignId(), r.name(), r.currency());
            console.out().printf("  recipients        %d%n  sent              %d%n  responses         %d%n", r.recipients(),
                    r.sent(), r.responses());
            console.out().printf("  response rate     %s%n", r.responseRate() == null ? "-" : r.responseRate() + " %");
            console.out().printf("  opportunities     %d%n  orders            %d%n  revenue           %s%n",
                    r.opportunities(), r.orders(), r.revenue().toPlainString());
            console.out().printf("  budget            %s%n  cost per response %s%n", r.budget().toPlainString(),
                    plain(r.costPerResponse()));
        }
        return null;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "-" : amount.toPlainString();
    }
}
