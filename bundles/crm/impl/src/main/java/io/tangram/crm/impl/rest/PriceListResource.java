package io.tangram.crm.impl.rest;

import java.math.BigDecimal;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.crm.api.sales.PriceListDto;
import io.tangram.crm.api.sales.PriceListInput;
import io.tangram.crm.api.sales.PriceLists;
import io.tangram.crm.api.sales.PriceQuote;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/price-lists}: price lists by customer group, and the price a customer pays today. */
@Component(service = PriceListResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("price-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceListResource {

    private final PriceLists priceLists;

    @Activate
    public PriceListResource(@Reference PriceLists priceLists) {
        this.priceLists = priceLists;
    }

    @GET
    @RequiresPermission(CrmPermissions.QUOTE_READ)
    public List<PriceListDto> list(@QueryParam("companyId") Long companyId) {
        return priceLists.list(Params.company(companyId));
    }

    /** Creates the list, or replaces the one with the same code. */
    @POST
    @RequiresPermission(CrmPermissions.PRICE_LIST_WRITE)
    public PriceListDto save(PriceListInput input) {
        return priceLists.save(Params.require(input));
    }

    /** {@code ?customerId=&productId=&quantity=&date=}: the price and where it comes from. */
    @GET
    @Path("price")
    @RequiresPermission(CrmPermissions.QUOTE_READ)
    public PriceQuote price(@QueryParam("companyId") Long companyId, @QueryParam("customerId") Long customerId,
                            @QueryParam("productId") Long productId, @QueryParam("quantity") BigDecimal quantity,
                            @QueryParam("date") String date) {
        if (customerId == null || productId == null) {
            throw ValidationException.of(customerId == null ? "customerId" : "productId", Text.of("is required", "必填"));
        }
        java.time.LocalDate on = Params.date("date", date);
        return priceLists.priceFor(Params.company(companyId), customerId, productId, quantity,
                on == null ? java.time.LocalDate.now() : on).orElseThrow(() -> new NotFoundException(Text.of(
                        "Product {0} has no price for this customer", "产品 {0} 对该客户没有价格", productId)));
    }
}
