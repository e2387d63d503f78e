package io.tangram.inventory.impl.shell;

import java.math.BigDecimal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.inventory.api.CostingMethod;
import io.tangram.inventory.api.StockSettingsDto;
import io.tangram.inventory.api.StockSettingsInput;
import io.tangram.inventory.api.StockSettingsService;
import io.tangram.inventory.api.TrackingMode;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.console.ConsoleInput;

@Service
@Command(scope = "inventory", name = "settings",
        description = "Shows or changes a product's stock settings: costing, reorder levels, supplier (库存设置)")
public class SettingsCommand implements Action {

    @Argument(index = 0, name = "product", required = true, description = "Product code or barcode")
    String product;

    @Option(name = "--costing", description = "MOVING_AVERAGE or FIFO")
    String costing;

    @Option(name = "--reorder-point", description = "Reorder when projected stock falls to this")
    BigDecimal reorderPoint;

    @Option(name = "--min", description = "Smallest quantity worth ordering")
    BigDecimal minimum;

    @Option(name = "--max", description = "Order up to this level")
    BigDecimal maximum;

    @Option(name = "--safety-stock", description = "Safety stock")
    BigDecimal safetyStock;

    @Option(name = "--tracking", description = "NONE, LOT or SERIAL")
    String tracking;

    @Option(name = "--warehouse", description = "Default warehouse code")
    String warehouse;

    @Option(name = "--supplier", description = "Preferred supplier code")
    String supplier;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    StockSettingsService settings;

    @Reference
    ProductService products;

    @Reference
    WarehouseService warehouses;

    @Reference
    PartyService parties;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        boolean change = costing != null || reorderPoint != null || minimum != null || maximum != null
                || safetyStock != null || tracking != null || warehouse != null || supplier != null;
        StockSettingsDto result = console.call(() -> {
            long productId = console.product(products, "product", product).id();
            if (!change) {
                return settings.get(productId);
            }
            CostingMethod method = ConsoleInput.choice("costing", costing, CostingMethod.class);
            TrackingMode mode = ConsoleInput.choice("tracking", tracking, TrackingMode.class);
            return settings.save(productId, new StockSettingsInput(method, reorderPoint, minimum, maximum, safetyStock, mode,
                    warehouse == null ? null : console.warehouse(warehouses, "warehouse", warehouse).id(),
                    supplier == null ? null : console.party(parties, "supplier", supplier).id()));
        });
        if (result != null) {
            console.out().printf("%s: costing %s, tracking %s, reorder point %s, min %s, max %s, safety stock %s,"
                            + " default warehouse %s, preferred supplier %s%n", result.productCode(), result.costingMethod(),
                    result.tracking(), InventoryConsole.plain(result.reorderPoint()), InventoryConsole.plain(result.minimumQuantity()),
                    InventoryConsole.plain(result.maximumQuantity()), InventoryConsole.plain(result.safetyStock()),
                    InventoryConsole.orEmpty(result.defaultWarehouseId()), InventoryConsole.orEmpty(result.preferredSupplierId()));
        }
        return null;
    }
}
