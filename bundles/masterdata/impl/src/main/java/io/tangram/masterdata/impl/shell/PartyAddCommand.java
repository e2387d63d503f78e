package io.tangram.masterdata.impl.shell;

import io.tangram.masterdata.api.ContactDto;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.masterdata.api.PartyService;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Service
@Command(scope = "masterdata", name = "party-add", description = "Creates a customer and/or supplier")
public class PartyAddCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Party code, unique in the company")
    String code;

    @Argument(index = 1, name = "name", required = true, description = "Name (quote names with spaces)")
    String name;

    @Option(name = "--customer", description = "The party buys from us")
    boolean customer;

    @Option(name = "--supplier", description = "The party sells to us")
    boolean supplier;

    @Option(name = "--tax-id", description = "Unified social credit code (18 characters)")
    String taxId;

    @Option(name = "--terms", description = "Payment terms in days (default 30)")
    Integer terms;

    @Option(name = "--currency", description = "Invoice currency (default: the company's)")
    String currency;

    @Option(name = "--contact", description = "Contact person")
    String contact;

    @Option(name = "--phone", description = "Contact phone")
    String phone;

    @Option(name = "--email", description = "Contact e-mail")
    String email;

    @Option(name = "--company", description = "Company id (default 1)")
    Long company;

    @Reference
    PartyService parties;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        List<ContactDto> contacts = contact == null && phone == null && email == null ? List.of()
                : List.of(new ContactDto(contact, phone, email));
        PartyDto created = Console.call(session, () -> parties.create(new PartyInput(company, code, name, customer,
                supplier, taxId, terms, currency, List.of(), contacts)));
        if (created != null) {
            session.getConsole().printf("Created party %s (id %d)%n", created.code(), created.id());
        }
        return null;
    }
}
