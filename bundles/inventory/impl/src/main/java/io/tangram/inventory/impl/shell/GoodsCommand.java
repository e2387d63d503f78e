package io.tangram.inventory.impl.shell;

import java.math.BigDecimal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.inventory.api.GoodsInput;
import io.tangram.inventory.api.StockLedger;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductService;

/**
 * Goods into or out of one warehouse from the console ({@code receive}, {@code issue}, {@code adjust}):
 * the product by code or barcode, the warehouse by code, a quantity; prints the posted move.
 */
abstract class GoodsCommand implements Action {

    @Argument(index = 0, name = "product", required = true, description = "Product code or barcode")
    String product;

    @Argument(index = 1, name = "warehouse", required = true, description = "Warehouse code")
    String warehouse;

    @Argument(index = 2, name = "quantity", required = true, description = "Quantity (adjust: signed, e.g. -2)")
    BigDecimal quantity;

    @Option(name = "--lot", description = "Lot or serial number (required for tracked products)")
    String lot;

    @Option(name = "--location", description = "Location (bin) code")
    String location;

    @Option(name = "--source-type", description = "Type of the document causing the move, e.g. SO")
    String sourceType;

    @Option(name = "--source-ref", description = "Number of that document")
    String sourceRef;

    @Option(name = "--note", description = "Note (adjust: the reason, required)")
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

    /** Unit cost of goods coming in, {@code null} for the current average cost. */
    BigDecimal unitCost() {
        return null;
    }

    abstract StockMoveDto post(GoodsInput input);

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        StockMoveDto move = console.call(() -> post(new GoodsInput(console.product(products, "product", product).id(),
                console.warehouse(warehouses, "warehouse", warehouse).id(), quantity, unitCost(), lot, location, sourceType,
                sourceRef, note)));
        if (move != null) {
            console.out().printf("Move %d: %s %s %s in %s at %s, value %s%n", move.id(), move.type(),
                    InventoryConsole.plain(move.quantity()), move.productCode(), move.warehouseCode(),
                    InventoryConsole.plain(move.unitCost()), move.value());
        }
        return null;
    }
}
