package io.tangram.crm.impl.shell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.sales.SalesLineDto;
import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.SalesOrders;
import io.tangram.crm.api.sales.ShipmentDto;
import io.tangram.crm.api.sales.ShipmentInput;
import io.tangram.crm.api.sales.ShipmentLineInput;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** {@code crm:order-ship ORDER [LINE_NO:QTY]...}: ships the given lines, or everything still open. */
@Service
@Command(scope = "crm", name = "order-ship", description = "Ship a sales order (销售发货)")
public class OrderShipCommand implements Action {

    @Argument(index = 0, name = "order", required = true, description = "Order number or id")
    String order;

    @Argument(index = 1, name = "lines", multiValued = true, description = "LINE_NO:QTY, e.g. 1:5")
    List<String> lines;

    @Option(name = "--date", description = "Ship date (default today)")
    String date;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    SalesOrders orders;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        ShipmentDto s = console.call(() -> {
            SalesOrderDto o = SalesConsole.order(orders, company, order);
            List<ShipmentLineInput> wanted = new ArrayList<>();
            for (String spec : lines == null ? List.<String>of() : lines) {
                String[] parts = spec.split(":");
                try {
                    int no = Integer.parseInt(parts[0].strip());
                    SalesLineDto line = o.lines().stream().filter(l -> l.lineNo() == no).findFirst()
                            .orElseThrow(() -> ValidationException.of("lines", Text.of("order {0} has no line {1}",
                                    "订单 {0} 没有第 {1} 行", o.number(), no)));
                    wanted.add(new ShipmentLineInput(line.id(), new BigDecimal(parts[1].strip())));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw ValidationException.of("lines", Text.of("must be LINE_NO:QTY, e.g. 1:5", "格式应为 行号:数量，例如 1:5"));
                }
            }
            return orders.ship(o.id(), new ShipmentInput(ConsoleInput.date("date", date), wanted, null));
        });
        if (s != null) {
            SalesConsole.print(console.out(), s);
        }
        return null;
    }
}
