package io.tangram.masterdata.impl.shell;

import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductInput;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ProductType;
import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

@Service
@Command(scope = "masterdata", name = "product-add", description = "Creates a product")
public class ProductAddCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Product code, unique in the company")
    String code;

    @Argument(index = 1, name = "name", required = true, description = "Name (quote names with spaces)")
    String name;

    @Option(name = "--unit", description = "Unit of measure code (default PCS)")
    String unit = "PCS";

    @Option(name = "--tax-rate", description = "Tax rate code (default VAT13)")
    String taxRate = "VAT13";

    @Option(name = "--price", description = "Sales price excluding VAT")
    BigDecimal price;

    @Option(name = "--purchase-price", description = "Purchase price excluding VAT")
    BigDecimal purchasePrice;

    @Option(name = "--currency", description = "Currency of both prices (default: the company's)")
    String currency;

    @Option(name = "--service", description = "A service, not kept in stock")
    boolean service;

    @Option(name = "--category", description = "Category")
    String category;

    @Option(name = "--barcode", description = "Barcode, e.g. EAN-13")
    String barcode;

    @Option(name = "--company", description = "Company id (default 1)")
    Long company;

    @Reference
    ProductService products;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ProductInput input = new ProductInput(company, code, name, unit, category, barcode, price, currency,
                purchasePrice, currency, taxRate, service ? ProductType.SERVICE : ProductType.STOCKED);
        ProductDto created = Console.call(session, () -> products.create(input));
        if (created != null) {
            session.getConsole().printf("Created product %s (id %d)%n", created.code(), created.id());
        }
        return null;
    }
}
