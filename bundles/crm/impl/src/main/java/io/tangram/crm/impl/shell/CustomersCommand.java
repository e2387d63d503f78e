package io.tangram.crm.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerQuery;
import io.tangram.crm.api.Customers;
import io.tangram.crm.api.LifecycleStage;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code crm:customers [--stage REPEAT] [--owner li.na] [TEXT]}: customers with stage, owner and orders. */
@Service
@Command(scope = "crm", name = "customers", description = "List customers (客户列表)")
public class CustomersCommand implements Action {

    @Argument(index = 0, name = "text", description = "Part of a code, name, phone or e-mail")
    String text;

    @Option(name = "--stage", description = "LEAD, PROSPECT, CUSTOMER, REPEAT or DORMANT")
    String stage;

    @Option(name = "--owner", description = "Owning rep's username")
    String owner;

    @Option(name = "--tag", description = "Only customers with this tag")
    String tag;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Customers customers;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        Page<CustomerDto> page = console.call(() -> customers.search(company, new CustomerQuery(text, owner, tag,
                ConsoleInput.choice("stage", stage, LifecycleStage.class), null, null), new PageRequest(0, 500)));
        if (page != null) {
            console.out().printf("%-8s %-12s %-30s %-9s %-14s %6s  %s%n", "id", "code", "name", "stage", "owner",
                    "orders", "tags");
            for (CustomerDto c : page.items()) {
                console.out().printf("%-8d %-12s %-30s %-9s %-14s %6d  %s%n", c.partyId(), c.code(), c.name(), c.stage(),
                        c.owner(), c.orderCount(), String.join(",", c.tags()));
            }
            console.out().printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
