package io.tangram.masterdata.impl.shell;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.query.PageRequest;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes codes of the default company's active parties starting with what was typed. */
@Service
public class PartyCodeCompleter implements Completer {

    @Reference
    PartyService parties;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        List<PartyDto> found = parties.search(CompanyService.DEFAULT_COMPANY_ID, typed.isBlank() ? null : typed, null,
                false, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        StringsCompleter codes = new StringsCompleter(found.stream().map(PartyDto::code).toList());
        return codes.complete(session, commandLine, candidates);
    }
}
