package io.tangram.crm.impl.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.tangram.crm.api.sales.OrderStepDto;
import io.tangram.crm.api.sales.QuoteDto;
import io.tangram.crm.api.sales.SalesLineDto;
import io.tangram.crm.api.sales.SalesLineInput;
import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.SalesOrders;
import io.tangram.crm.api.sales.ShipmentDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * What the sales commands share: customers and products typed by code, lines typed as
 * {@code PRODUCT:QTY[:PRICE[:DISCOUNT%]]}, orders typed by number or id, and printing.
 */
final class SalesConsole {

    private SalesConsole() {
    }

    static long customer(PartyService parties, long companyId, String codeOrId) {
        String typed = codeOrId.strip();
        if (typed.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(typed);
        }
        return parties.findByCode(companyId, typed).orElseThrow(() -> new NotFoundException(Text.of(
                "There is no customer {0}", "不存在客户 {0}", typed))).id();
    }

    static SalesOrderDto order(SalesOrders orders, long companyId, String numberOrId) {
        String typed = numberOrId.strip();
        return typed.chars().allMatch(Character::isDigit) ? orders.get(Long.parseLong(typed))
                : orders.getByNumber(companyId, typed);
    }

    static List<SalesLineInput> lines(ProductService products, long companyId, List<String> specs) {
        List<SalesLineInput> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; specs != null && i < specs.size(); i++) {
            String[] parts = specs.get(i).split(":");
            String field = "lines[" + (i + 1) + "]";
            try {
                if (parts.length < 2 || parts.length > 4) {
                    throw new NumberFormatException(specs.get(i));
                }
                var product = products.findByCode(companyId, parts[0].strip());
                if (product.isEmpty()) {
                    errors.add(new FieldError(field, Text.of("there is no product {0}", "不存在产品 {0}", parts[0].strip())));
                    continue;
                }
                lines.add(new SalesLineInput(product.get().id(), new BigDecimal(parts[1].strip()),
                        parts.length > 2 ? new BigDecimal(parts[2].strip()) : null,
                        parts.length > 3 ? new BigDecimal(parts[3].strip().replace("%", "")) : null, null, null));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, Text.of("must be PRODUCT:QTY[:PRICE[:DISCOUNT%]], e.g. TEA-01:10:88:5",
                        "格式应为 产品:数量[:单价[:折扣%]]，例如 TEA-01:10:88:5")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return lines;
    }

    static void print(PrintStream out, SalesOrderDto o) {
        out.printf("%s  #%d  %s  %s (%d)  owner %s  %s  net %s  VAT %s  total %s  invoiced %s  paid %s%n", o.number(),
                o.id(), o.status(), o.customerName(), o.customerId(), o.owner(), o.orderDate(), o.totalNet(), o.totalTax(),
                o.total(), o.invoiced(), o.paid());
        for (SalesLineDto l : o.lines()) {
            printLine(out, l);
            out.printf("       reserved %s  shipped %s  invoiced %s%n", plain(l.reserved()), plain(l.shipped()),
                    plain(l.invoiced()));
        }
        for (OrderStepDto s : o.steps()) {
            out.printf("  [%s %s] %s%s%n", s.step(), s.outcome(), s.message(), s.reference() == null ? ""
                    : "  (" + s.reference() + ")");
        }
    }

    static void print(PrintStream out, QuoteDto q) {
        out.printf("%s  #%d  %s  %s (%d)  %s → %s  net %s  VAT %s  total %s%s%n", q.number(), q.id(), q.status(),
                q.customerName(), q.customerId(), q.quoteDate(), q.validUntil(), q.totalNet(), q.totalTax(), q.total(),
                q.orderNumber() == null ? "" : "  order " + q.orderNumber());
        q.lines().forEach(l -> printLine(out, l));
    }

    static void print(PrintStream out, ShipmentDto s) {
        out.printf("%s  #%d  order %s  %s  net %s  VAT %s  total %s  %s%n", s.number(), s.id(), s.orderNumber(),
                s.shipDate(), s.totalNet(), s.totalTax(), s.total(), s.invoiceNumber() != null
                        ? "invoice " + s.invoiceNumber() : s.invoiceNote() == null ? "invoice pending" : s.invoiceNote());
        s.lines().forEach(l -> out.printf("  %-16s %10s × %s  net %s  VAT %s%s%n", l.productCode(), plain(l.quantity()),
                plain(l.netUnitPrice()), l.netAmount(), l.taxAmount(), l.stockMoveId() == null ? ""
                        : "  move " + l.stockMoveId()));
    }

    private static void printLine(PrintStream out, SalesLineDto l) {
        out.printf("  %2d. %-16s %10s × %s  -%s%%  VAT %s%%  net %s  VAT %s  (%s)%n", l.lineNo(), l.productCode(),
                plain(l.quantity()), plain(l.unitPrice()), plain(l.discountPercent()),
                plain(l.taxRate().movePointRight(2)), l.netAmount(), l.taxAmount(), l.priceSource());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
