package io.tangram.crm.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.Customers;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code crm:customer-add CODE NAME [--owner li.na] [--credit-limit 50000] [--tag vip]}: a new customer. */
@Service
@Command(scope = "crm", name = "customer-add", description = "Create a customer (新建客户)")
public class CustomerAddCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Customer code")
    String code;

    @Argument(index = 1, name = "name", required = true, description = "Customer name")
    String name;

    @Option(name = "--owner", description = "Owning rep (default: you)")
    String owner;

    @Option(name = "--credit-limit", description = "Credit limit in the company currency")
    String creditLimit;

    @Option(name = "--group", description = "Price-list customer group")
    String group;

    @Option(name = "--industry")
    String industry;

    @Option(name = "--region")
    String region;

    @Option(name = "--tag", multiValued = true)
    List<String> tags;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Customers customers;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        CustomerDto c = console.call(() -> customers.create(new CustomerInput(company, null, code, name, null, null,
                owner, tags, ConsoleInput.amount("creditLimit", creditLimit), industry, region, null, group)));
        if (c != null) {
            console.out().printf("customer %d %s %s, owner %s, stage %s%n", c.partyId(), c.code(), c.name(), c.owner(),
                    c.stage());
        }
        return null;
    }
}
