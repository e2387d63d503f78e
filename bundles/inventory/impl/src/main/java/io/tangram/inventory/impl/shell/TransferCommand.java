package io.tangram.inventory.impl.shell;

import java.math.BigDecimal;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.inventory.api.StockLedger;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.api.TransferInput;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductService;

@Service
@Command(scope = "inventory", name = "transfer", description = "Moves goods between warehouses at their cost (调拨)")
public class TransferCommand implements Action {

    @Argument(index = 0, name = "product", required = true, description = "Product code or barcode")
    String product;

    @Argument(index = 1, name = "from", required = true, description = "Warehouse the goods leave")
    String from;

    @Argument(index = 2, name = "to", required = true, description = "Warehouse the goods go to")
    String to;

    @Argument(index = 3, name = "quantity", required = true, description = "Quantity")
    BigDecimal quantity;

    @Option(name = "--lot", description = "Lot or serial number (required for tracked products)")
    String lot;

    @Option(name = "--note", description = "Note")
    String note;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    StockLedger ledger;

    @Reference
    WarehouseService warehouses;

    @Reference
    ProductService products;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        List<StockMoveDto> moves = console.call(() -> ledger.transfer(company, new TransferInput(
                console.product(products, "product", product).id(), console.warehouse(warehouses, "from", from).id(),
                console.warehouse(warehouses, "to", to).id(), quantity, lot, note)));
        if (moves != null) {
            StockMoveDto out = moves.get(0);
            console.out().printf("Transferred %s %s from %s to %s at %s, value %s (moves %d and %d)%n",
                    InventoryConsole.plain(quantity), out.productCode(), from, to, InventoryConsole.plain(out.unitCost()),
                    out.value().negate(), out.id(), moves.get(1).id());
        }
        return null;
    }
}
