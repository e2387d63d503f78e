package io.tangram.inventory.impl.shell;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.inventory.api.CountInput;
import io.tangram.inventory.api.StocktakeDto;
import io.tangram.inventory.api.StocktakeLineDto;
import io.tangram.inventory.api.StocktakeStatus;
import io.tangram.inventory.api.Stocktakes;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * {@code inventory:stocktake ACTION ...} (盘点): {@code open WAREHOUSE}, {@code count NUMBER PRODUCT:COUNTED ...},
 * {@code show NUMBER}, {@code post NUMBER}, {@code cancel NUMBER}, {@code list}.
 */
@Service
@Command(scope = "inventory", name = "stocktake",
        description = "Stocktakes (盘点): open, count, show, post, cancel, list")
public class StocktakeCommand implements Action {

    @Argument(index = 0, name = "action", required = true, description = "open | count | show | post | cancel | list")
    @Completion(value = StringsCompleter.class, values = {"open", "count", "show", "post", "cancel", "list"})
    String action;

    @Argument(index = 1, name = "target", description = "open: the warehouse code; otherwise the stocktake number (or id)")
    String target;

    @Argument(index = 2, name = "counts", multiValued = true, description = "count: PRODUCT:COUNTED items")
    List<String> counts;

    @Option(name = "--category", description = "open: only products of this category")
    String category;

    @Option(name = "--status", description = "list: only stocktakes in this status")
    String status;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Stocktakes stocktakes;

    @Reference
    WarehouseService warehouses;

    @Reference
    ProductService products;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        if ("list".equals(action)) {
            List<StocktakeDto> list = console.call(() -> stocktakes.list(company,
                    ConsoleInput.choice("status", status, StocktakeStatus.class)));
            if (list != null) {
                for (StocktakeDto s : list) {
                    console.out().printf("%s  %s  warehouse %s  %s  opened %s%n", s.number(), s.status(), s.warehouseCode(),
                            InventoryConsole.orEmpty(s.category()), s.openedAt());
                }
            }
            return null;
        }
        StocktakeDto result = console.call(() -> {
            if (target == null || target.isBlank()) {
                throw ValidationException.of("target", Text.of("is required", "必填"));
            }
            return switch (action) {
                case "open" -> stocktakes.open(company, console.warehouse(warehouses, "target", target).id(), category);
                case "count" -> stocktakes.enterCounts(find(target).id(), counts(console));
                case "show" -> find(target);
                case "post" -> stocktakes.post(find(target).id());
                case "cancel" -> stocktakes.cancel(find(target).id());
                default -> throw ValidationException.of("action", Text.of(
                        "must be one of open, count, show, post, cancel, list",
                        "必须是以下之一：open, count, show, post, cancel, list"));
            };
        });
        if (result != null) {
            print(console, result);
        }
        return null;
    }

    private StocktakeDto find(String numberOrId) {
        if (numberOrId.chars().allMatch(Character::isDigit)) {
            return stocktakes.get(Long.parseLong(numberOrId));
        }
        return stocktakes.list(company, null).stream().filter(s -> s.number().equalsIgnoreCase(numberOrId)).findFirst()
                .orElseThrow(() -> NotFoundException.of(Text.of("Stocktake", "盘点单"), numberOrId));
    }

    private List<CountInput> counts(InventoryConsole console) {
        List<CountInput> result = new ArrayList<>();
        for (InventoryConsole.ItemSpec item : InventoryConsole.items("counts", counts, false)) {
            result.add(new CountInput(console.product(products, "counts", item.product()).id(), item.quantity()));
        }
        return result;
    }

    private static void print(InventoryConsole console, StocktakeDto s) {
        console.out().printf("Stocktake %s  %s  warehouse %s%s%n", s.number(), s.status(), s.warehouseCode(),
                s.varianceValue() == null ? "" : "  variance value " + s.varianceValue());
        ShellTable table = new ShellTable();
        table.column("Product");
        table.column("Name");
        table.column("Unit");
        table.column("Book").alignRight();
        table.column("Counted").alignRight();
        table.column("Variance").alignRight();
        for (StocktakeLineDto l : s.lines()) {
            table.addRow().addContent(l.productCode(), l.productName(), l.unitCode(), InventoryConsole.plain(l.bookQuantity()),
                    InventoryConsole.plain(l.counted()), InventoryConsole.plain(l.variance()));
        }
        table.print(console.out());
    }
}
