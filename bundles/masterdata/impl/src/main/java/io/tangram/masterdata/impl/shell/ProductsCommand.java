package io.tangram.masterdata.impl.shell;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
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
@Command(scope = "masterdata", name = "products", description = "Lists or searches products")
public class ProductsCommand implements Action {

    @Argument(name = "query", description = "Part of the code, name, category or barcode")
    String query;

    @Option(name = "--inactive", description = "Include deactivated products")
    boolean inactive;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Option(name = "--limit", description = "At most this many rows (default 50)")
    Integer limit;

    @Reference
    ProductService products;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        Page<ProductDto> page = Console.call(session,
                () -> products.search(company, query, inactive, PageRequest.of(0, limit)));
        if (page == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Code");
        table.column("Name");
        table.column("Unit");
        table.column("Type");
        table.column("Sales price");
        table.column("Purchase price");
        table.column("Tax");
        table.column("Active");
        for (ProductDto p : page.items()) {
            table.addRow().addContent(p.id(), p.code(), p.name(), p.unitCode(), p.type(), Console.orEmpty(p.salesPrice()),
                    Console.orEmpty(p.purchasePrice()), p.taxRateCode(), p.active() ? "yes" : "no");
        }
        table.print(session.getConsole());
        session.getConsole().printf("%d of %d%n", page.items().size(), page.total());
        return null;
    }
}
