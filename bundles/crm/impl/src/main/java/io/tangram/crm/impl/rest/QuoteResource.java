package io.tangram.crm.impl.rest;

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

import io.tangram.crm.api.sales.QuoteDto;
import io.tangram.crm.api.sales.QuoteInput;
import io.tangram.crm.api.sales.QuoteStatus;
import io.tangram.crm.api.sales.Quotes;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/quotes}: quotes, sending, rejecting and turning them into orders. */
@Component(service = QuoteResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final Quotes quotes;

    @Activate
    public QuoteResource(@Reference Quotes quotes) {
        this.quotes = quotes;
    }

    @GET
    @RequiresPermission(CrmPermissions.QUOTE_READ)
    public List<QuoteDto> list(@QueryParam("companyId") Long companyId, @QueryParam("customerId") Long customerId,
                               @QueryParam("status") String status) {
        return quotes.list(Params.company(companyId), customerId, Params.choice("status", status, QuoteStatus.class));
    }

    @POST
    @RequiresPermission(CrmPermissions.QUOTE_WRITE)
    public Response create(QuoteInput input) {
        return Params.created(quotes.create(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CrmPermissions.QUOTE_READ)
    public QuoteDto get(@PathParam("id") long id) {
        return quotes.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(CrmPermissions.QUOTE_WRITE)
    public QuoteDto update(@PathParam("id") long id, QuoteInput input) {
        return quotes.update(id, Params.require(input));
    }

    @POST
    @Path("{id}/send")
    @RequiresPermission(CrmPermissions.QUOTE_WRITE)
    public QuoteDto send(@PathParam("id") long id) {
        return quotes.send(id);
    }

    /** {@code {"reason": "price too high"}} */
    @POST
    @Path("{id}/reject")
    @RequiresPermission(CrmPermissions.QUOTE_WRITE)
    public QuoteDto reject(@PathParam("id") long id, SalesOrderResource.Reason body) {
        return quotes.reject(id, Params.require(body).reason());
    }

    /** Creates a draft sales order from the quote (201). */
    @POST
    @Path("{id}/order")
    @RequiresPermission(CrmPermissions.ORDER_WRITE)
    public Response toOrder(@PathParam("id") long id) {
        return Params.created(quotes.toOrder(id));
    }
}
