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

import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.SalesOrderInput;
import io.tangram.crm.api.sales.SalesOrderQuery;
import io.tangram.crm.api.sales.SalesOrderStatus;
import io.tangram.crm.api.sales.SalesOrders;
import io.tangram.crm.api.sales.ShipmentDto;
import io.tangram.crm.api.sales.ShipmentInput;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/crm/orders}: sales orders from draft to paid — confirm (credit check, stock
 * reservation, requisitions for shortages), ship (partial allowed), cancel — and their shipments.
 */
@Component(service = SalesOrderResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SalesOrderResource {

    private final SalesOrders orders;

    @Activate
    public SalesOrderResource(@Reference SalesOrders orders) {
        this.orders = orders;
    }

    @GET
    @RequiresPermission(CrmPermissions.ORDER_READ)
    public Page<SalesOrderDto> search(@QueryParam("companyId") Long companyId, @QueryParam("customerId") Long customerId,
                                      @QueryParam("status") String status, @QueryParam("owner") String owner,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return orders.search(Params.company(companyId), new SalesOrderQuery(customerId,
                Params.choice("status", status, SalesOrderStatus.class), owner, Params.date("from", from),
                Params.date("to", to)), Params.page(offset, limit));
    }

    @POST
    @RequiresPermission(CrmPermissions.ORDER_WRITE)
    public Response create(SalesOrderInput input) {
        return Params.created(orders.create(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CrmPermissions.ORDER_READ)
    public SalesOrderDto get(@PathParam("id") long id) {
        return orders.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(CrmPermissions.ORDER_WRITE)
    public SalesOrderDto update(@PathParam("id") long id, SalesOrderInput input) {
        return orders.update(id, Params.require(input));
    }

    @POST
    @Path("{id}/confirm")
    @RequiresPermission(CrmPermissions.ORDER_CONFIRM)
    public SalesOrderDto confirm(@PathParam("id") long id) {
        return orders.confirm(id);
    }

    /** {@code {"reason": "customer withdrew"}} */
    @POST
    @Path("{id}/cancel")
    @RequiresPermission(CrmPermissions.ORDER_CANCEL)
    public SalesOrderDto cancel(@PathParam("id") long id, Reason body) {
        return orders.cancel(id, Params.require(body).reason());
    }

    @GET
    @Path("{id}/shipments")
    @RequiresPermission(CrmPermissions.ORDER_READ)
    public List<ShipmentDto> shipments(@PathParam("id") long id) {
        return orders.shipments(id);
    }

    /** Ships lines ({@code {"lines":[{"orderLineId":1,"quantity":2}]}}) or, without lines, everything open (201). */
    @POST
    @Path("{id}/shipments")
    @RequiresPermission(CrmPermissions.ORDER_SHIP)
    public Response ship(@PathParam("id") long id, ShipmentInput input) {
        return Params.created(orders.ship(id, input));
    }

    /** The body of a cancellation or rejection. */
    public record Reason(String reason) {
    }
}
