package io.tangram.masterdata.impl.shell;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Service
@Command(scope = "masterdata", name = "party-deactivate", description = "Deactivates a party; it stays on existing documents")
public class PartyDeactivateCommand implements Action {

    @Argument(name = "code", required = true, description = "Party code")
    @Completion(PartyCodeCompleter.class)
    String code;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PartyService parties;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PartyDto done = Console.call(session, () -> {
            PartyDto party = parties.findByCode(company, code)
                    .orElseThrow(() -> NotFoundException.of(Text.of("Party", "往来单位"), code));
            return parties.deactivate(party.id());
        });
        if (done != null) {
            session.getConsole().printf("Party %s is deactivated%n", done.code());
        }
        return null;
    }
}
