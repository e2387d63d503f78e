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
import io.tangram.crm.impl.CrmConsole;

/**
 * {@code crm:opportunity-move ID STAGE [--note TEXT]}: moves an opportunity to another stage; a won
 * stage wins it, a lost stage loses it and needs {@code --note} as the reason.
 */
@Service
@Command(scope = "crm", name = "opportunity-move", description = "Move an opportunity to another stage (推进商机阶段)")
public class OpportunityMoveCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "Opportunity id")
    long id;

    @Argument(index = 1, name = "stage", required = true, description = "Stage code, e.g. PROPOSAL, WON, LOST")
    String stage;

    @Option(name = "--note", description = "Note; the reason when losing")
    String note;

    @Reference
    Opportunities opportunities;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        OpportunityDto o = console.call(() -> opportunities.move(id, stage, note));
        if (o != null) {
            console.out().printf("opportunity %d %s now in %s (%d%%), %s%n", o.id(), o.name(), o.stageCode(),
                    o.probability(), o.status());
        }
        return null;
    }
}
