package io.tangram.inventory.impl.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseOrderLineDto;
import io.tangram.inventory.api.PurchaseOrders;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.PageRequest;

/**
 * What every {@code inventory:} command shares: it runs the service call as the console user, finds
 * products, warehouses and suppliers by the codes a clerk types, and prints a refusal in both
 * languages instead of a stack trace.
 */
final class InventoryConsole {
    private final Session session;
    private final long companyId;

    InventoryConsole(Session session, long companyId) {
        this.session = session;
        this.companyId = companyId;
    }

    PrintStream out() {
        return session == null ? System.out : session.getConsole();
    }

    long companyId() {
        return companyId;
    }

    /** The call's result, or {@code null} after printing why it was refused. */
    <T> T call(Callable<T> work) throws Exception {
        return ConsoleCall.run(session == null ? null : session.get("USER"), out(), work);
    }

    /** A product by code, or by exact barcode when no code matches (a scanner types the barcode). */
    ProductDto product(ProductService products, String field, String codeOrBarcode) {
        return products.findByCode(companyId, codeOrBarcode)
                .or(() -> products.search(companyId, codeOrBarcode, false, PageRequest.of(0, 50)).items().stream()
                        .filter(p -> codeOrBarcode.equals(p.barcode())).findFirst())
                .orElseThrow(() -> ValidationException.of(field, Text.of("there is no product with code or barcode {0}",
                        "不存在编码或条码为 {0} 的产品", codeOrBarcode)));
    }

    WarehouseDto warehouse(WarehouseService warehouses, String field, String code) {
        try {
            return warehouses.getByCode(companyId, code);
        } catch (NotFoundException e) {
            throw ValidationException.of(field, Text.of("there is no warehouse {0}", "不存在仓库 {0}", code));
        }
    }

    PartyDto party(PartyService parties, String field, String code) {
        return parties.findByCode(companyId, code).orElseThrow(() -> ValidationException.of(field,
                Text.of("there is no business partner {0}", "不存在业务伙伴 {0}", code)));
    }

    /** A product and quantity typed as {@code CODE:QUANTITY[:PRICE]}. */
    record ItemSpec(String product, BigDecimal quantity, BigDecimal price) {
    }

    /** Parses {@code CODE:QUANTITY[:PRICE]} items; a malformed one is a validation error naming its position. */
    static List<ItemSpec> items(String field, List<String> specs, boolean priceAllowed) {
        List<ItemSpec> items = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Text format = priceAllowed
                ? Text.of("must be CODE:QUANTITY or CODE:QUANTITY:PRICE, e.g. P-100:10:5.20",
                        "格式应为 编码:数量 或 编码:数量:单价，例如 P-100:10:5.20")
                : Text.of("must be CODE:QUANTITY, e.g. P-100:10", "格式应为 编码:数量，例如 P-100:10");
        for (int i = 0; specs != null && i < specs.size(); i++) {
            String[] parts = specs.get(i).split(":");
            try {
                if (parts.length < 2 || parts.length > (priceAllowed ? 3 : 2) || parts[0].isBlank()) {
                    throw new NumberFormatException(specs.get(i));
                }
                items.add(new ItemSpec(parts[0].strip(), new BigDecimal(parts[1].strip()),
                        parts.length == 3 ? new BigDecimal(parts[2].strip()) : null));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field + "[" + (i + 1) + "]", format));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return items;
    }

    /** Prints a purchase order with its lines and what is still open on each. */
    void print(PurchaseOrderDto po) {
        out().printf("%s  %s  supplier %s %s  warehouse %s  expected %s  total %s (net %s, VAT %s)%n", po.number(),
                po.status(), po.supplierCode(), po.supplierName(), po.warehouseCode(), orEmpty(po.expectedDate()), po.total(),
                po.totalNet(), po.totalTax());
        for (PurchaseOrderLineDto line : po.lines()) {
            out().printf("  %d. %s %s: ordered %s, received %s, open %s %s at %s + VAT %s%n", line.lineNo(),
                    line.productCode(), line.productName(), plain(line.quantity()), plain(line.receivedQuantity()),
                    plain(line.quantity().subtract(line.receivedQuantity()).max(BigDecimal.ZERO)), line.unitCode(),
                    line.unitPrice(), line.taxRateCode());
        }
    }

    /** The purchase order with that number, or with that id when a number is typed as digits only. */
    PurchaseOrderDto order(PurchaseOrders orders, String numberOrId) {
        if (numberOrId.chars().allMatch(Character::isDigit)) {
            return orders.get(Long.parseLong(numberOrId));
        }
        return orders.getByNumber(companyId, numberOrId);
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String orEmpty(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
