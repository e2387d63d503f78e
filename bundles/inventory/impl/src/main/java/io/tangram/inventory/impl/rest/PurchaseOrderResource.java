package io.tangram.inventory.impl.rest;

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

import io.tangram.inventory.api.GoodsReceiptDto;
import io.tangram.inventory.api.GoodsReceiptInput;
import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseOrderInput;
import io.tangram.inventory.api.PurchaseOrderQuery;
import io.tangram.inventory.api.PurchaseOrderStatus;
import io.tangram.inventory.api.PurchaseOrders;
import io.tangram.inventory.impl.purchasing.PurchasingPolicy;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.inventory.impl.service.PurchasingSettings;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/inventory/purchase-orders}: purchase orders from draft to received, their approval
 * and the goods receipts against them.
 */
@Component(service = PurchaseOrderResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    /** Why an order is rejected or cancelled. */
    public record Reason(String reason) {
    }

    /**
     * The purchasing configuration in force (PID {@code io.tangram.inventory.purchasing}).
     *
     * @param approvalThreshold order total in the company currency above which an OA approval
     *                          workflow will be required once that module exists; {@code null}: none.
     *                          Not enforced yet.
     */
    public record Policy(BigDecimal overReceiptTolerancePercent, BigDecimal approvalThreshold) {
    }

    private final PurchaseOrders orders;
    private final PurchasingSettings settings;

    @Activate
    public PurchaseOrderResource(@Reference PurchaseOrders orders, @Reference PurchasingSettings settings) {
        this.orders = orders;
        this.settings = settings;
    }

    /** Orders of a company, newest first; {@code q} finds the order number or the supplier's code or name. */
    @GET
    @RequiresPermission(InventoryPermissions.PURCHASE_READ)
    public Page<PurchaseOrderDto> search(@QueryParam("companyId") Long companyId,
                                         @QueryParam("status") PurchaseOrderStatus status,
                                         @QueryParam("supplierId") Long supplierId, @QueryParam("q") String q,
                                         @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return orders.search(Params.company(companyId), new PurchaseOrderQuery(status, supplierId, q),
                PageRequest.of(offset, limit));
    }

    @POST
    @RequiresPermission(InventoryPermissions.PURCHASE_WRITE)
    public Response create(PurchaseOrderInput input) {
        return created(orders.create(input));
    }

    @GET
    @Path("policy")
    @RequiresPermission(InventoryPermissions.PURCHASE_READ)
    public Policy policy() {
        PurchasingPolicy p = settings.policy();
        return new Policy(p.overReceiptTolerancePercent(), p.approvalThreshold());
    }

    @GET
    @Path("by-number/{number}")
    @RequiresPermission(InventoryPermissions.PURCHASE_READ)
    public PurchaseOrderDto byNumber(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return orders.getByNumber(Params.company(companyId), number);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(InventoryPermissions.PURCHASE_READ)
    public PurchaseOrderDto get(@PathParam("id") long id) {
        return orders.get(id);
    }

    /** Replaces header and lines of a draft. */
    @PUT
    @Path("{id}")
    @RequiresPermission(InventoryPermissions.PURCHASE_WRITE)
    public PurchaseOrderDto update(@PathParam("id") long id, PurchaseOrderInput input) {
        return orders.update(id, input);
    }

    @POST
    @Path("{id}/submit")
    @RequiresPermission(InventoryPermissions.PURCHASE_WRITE)
    public PurchaseOrderDto submit(@PathParam("id") long id) {
        return orders.submit(id);
    }

    @POST
    @Path("{id}/approve")
    @RequiresPermission(InventoryPermissions.PURCHASE_APPROVE)
    public PurchaseOrderDto approve(@PathParam("id") long id) {
        return orders.approve(id);
    }

    /** Sends a submitted order back to draft: {@code {"reason": "…"}}. */
    @POST
    @Path("{id}/reject")
    @RequiresPermission(InventoryPermissions.PURCHASE_APPROVE)
    public PurchaseOrderDto reject(@PathParam("id") long id, Reason reason) {
        return orders.reject(id, require(reason).reason());
    }

    /** Cancels an order nothing was received against: {@code {"reason": "…"}}. */
    @POST
    @Path("{id}/cancel")
    @RequiresPermission(InventoryPermissions.PURCHASE_WRITE)
    public PurchaseOrderDto cancel(@PathParam("id") long id, Reason reason) {
        return orders.cancel(id, require(reason).reason());
    }

    @POST
    @Path("{id}/close")
    @RequiresPermission(InventoryPermissions.PURCHASE_WRITE)
    public PurchaseOrderDto close(@PathParam("id") long id) {
        return orders.close(id);
    }

    @POST
    @Path("{id}/receipts")
    @RequiresPermission(InventoryPermissions.PURCHASE_RECEIVE)
    public Response receive(@PathParam("id") long id, GoodsReceiptInput input) {
        return created(orders.receive(id, input));
    }

    @GET
    @Path("{id}/receipts")
    @RequiresPermission(InventoryPermissions.PURCHASE_READ)
    public List<GoodsReceiptDto> receipts(@PathParam("id") long id) {
        return orders.receipts(id);
    }

    private static Reason require(Reason reason) {
        if (reason == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return reason;
    }

    private static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
