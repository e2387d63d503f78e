package io.tangram.inventory.impl.rest;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.inventory.api.StockLedger;
import io.tangram.inventory.api.StockLevelDto;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/inventory/products}: a product as the warehouse sees it, found by scanning its barcode. */
@Component(service = ProductResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    /** A product and its stock in every warehouse that holds a balance of it. */
    public record ProductStock(long id, String code, String name, String unitCode, String barcode,
                               List<StockLevelDto> levels) {
    }

    private final ProductService products;
    private final StockLedger ledger;

    @Activate
    public ProductResource(@Reference ProductService products, @Reference StockLedger ledger) {
        this.products = products;
        this.ledger = ledger;
    }

    /**
     * The active product whose barcode is exactly {@code barcode}: 404 when there is none, 409 when
     * several products carry it (master data needs fixing).
     */
    @GET
    @Path("by-barcode/{barcode}")
    @RequiresPermission(InventoryPermissions.STOCK_READ)
    public ProductStock byBarcode(@PathParam("barcode") String barcode, @QueryParam("companyId") Long companyId) {
        long company = Params.company(companyId);
        String wanted = barcode.strip();
        List<ProductDto> matches = new ArrayList<>();
        int offset = 0;
        Page<ProductDto> page;
        do {
            page = products.search(company, wanted, false, new PageRequest(offset, PageRequest.MAX_LIMIT));
            page.items().stream().filter(p -> wanted.equals(p.barcode() == null ? null : p.barcode().strip()))
                    .forEach(matches::add);
            offset += PageRequest.MAX_LIMIT;
        } while (offset < page.total() && !page.items().isEmpty());
        if (matches.isEmpty()) {
            throw new NotFoundException(Text.of("No product has barcode {0}", "没有条码为 {0} 的产品", wanted));
        }
        if (matches.size() > 1) {
            throw new ConflictException(Text.of("Barcode {0} is on several products ({1}); give each product its own barcode",
                    "条码 {0} 对应多个产品（{1}）；请为每个产品设置唯一条码", wanted,
                    String.join(", ", matches.stream().map(ProductDto::code).toList())));
        }
        ProductDto p = matches.get(0);
        return new ProductStock(p.id(), p.code(), p.name(), p.unitCode(), p.barcode(), ledger.levels(company, null, p.id()));
    }
}
