package io.tangram.masterdata.impl.shell;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyRole;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "masterdata", name = "parties", description = "Lists or searches customers and suppliers")
public class PartiesCommand implements Action {

    @Argument(name = "query", description = "Part of the code, name or tax id")
    String query;

    @Option(name = "--customers", description = "Only customers")
    boolean customers;

    @Option(name = "--suppliers", description = "Only suppliers")
    boolean suppliers;

    @Option(name = "--inactive", description = "Include deactivated parties")
    boolean inactive;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Option(name = "--limit", description = "At most this many rows (default 50)")
    Integer limit;

    @Reference
    PartyService parties;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PartyRole role = customers && !suppliers ? PartyRole.CUSTOMER : suppliers && !customers ? PartyRole.SUPPLIER : null;
        Page<PartyDto> page = Console.call(session,
                () -> parties.search(company, query, role, inactive, PageRequest.of(0, limit)));
        if (page == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Code");
        table.column("Name");
        table.column("Customer");
        table.column("Supplier");
        table.column("Tax id");
        table.column("Terms");
        table.column("Currency");
        table.column("Active");
        for (PartyDto p : page.items()) {
            table.addRow().addContent(p.id(), p.code(), p.name(), p.customer() ? "yes" : "", p.supplier() ? "yes" : "",
                    Console.orEmpty(p.taxId()), p.paymentTermsDays(), p.currency(), p.active() ? "yes" : "no");
        }
        table.print(session.getConsole());
        session.getConsole().printf("%d of %d%n", page.items().size(), page.total());
        return null;
    }
}
