package io.tangram.inventory.impl.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import io.tangram.inventory.api.GoodsInput;
import io.tangram.inventory.api.StockLedger;
import io.tangram.inventory.api.StockLevelDto;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.api.TransferInput;
import io.tangram.inventory.api.ValuationReport;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/inventory/stock}: levels, the move history, valuation, and postings (receive, issue,
 * transfer, adjust, reverse).
 */
@Component(service = StockResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {

    /** A reason, e.g. for a reversal. */
    public record Reason(String reason) {
    }

    private final StockLedger ledger;

    @Activate
    public StockResource(@Reference StockLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @RequiresPermission(InventoryPermissions.STOCK_READ)
    public List<StockLevelDto> levels(@QueryParam("companyId") Long companyId, @QueryParam("warehouseId") Long warehouseId,
                                      @QueryParam("productId") Long productId) {
        return ledger.levels(Params.company(companyId), warehouseId, productId);
    }

    @GET
    @Path("moves")
    @RequiresPermission(InventoryPermissions.STOCK_READ)
    public Page<StockMoveDto> moves(@QueryParam("companyId") Long companyId, @QueryParam("productId") Long productId,
                                    @QueryParam("warehouseId") Long warehouseId, @QueryParam("from") LocalDate from,
                                    @QueryParam("to") LocalDate to, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return ledger.history(Params.company(companyId), productId, warehouseId, from,
                to, PageRequest.of(offset, limit));
    }

    @GET
    @Path("moves/{id}")
    @RequiresPermission(InventoryPermissions.STOCK_READ)
    public StockMoveDto move(@PathParam("id") long id) {
        return ledger.move(id);
    }

    @GET
    @Path("valuation")
    @RequiresPermission(InventoryPermissions.VALUATION_READ)
    public ValuationReport valuation(@QueryParam("companyId") Long companyId, @QueryParam("at") LocalDate at,
                                     @QueryParam("warehouseId") Long warehouseId) {
        return ledger.valuation(Params.company(companyId), at, warehouseId);
    }

    @POST
    @Path("receipts")
    @RequiresPermission(InventoryPermissions.STOCK_MOVE)
    public Response receive(@QueryParam("companyId") Long companyId, GoodsInput input) {
        return created(ledger.receive(Params.company(companyId), input));
    }

    @POST
    @Path("issues")
    @RequiresPermission(InventoryPermissions.STOCK_MOVE)
    public Response issue(@QueryParam("companyId") Long companyId, GoodsInput input) {
        return created(ledger.issue(Params.company(companyId), input));
    }

    @POST
    @Path("transfers")
    @RequiresPermission(InventoryPermissions.STOCK_MOVE)
    public Response transfer(@QueryParam("companyId") Long companyId, TransferInput input) {
        return created(ledger.transfer(Params.company(companyId), input));
    }

    @POST
    @Path("adjustments")
    @RequiresPermission(InventoryPermissions.STOCK_ADJUST)
    public Response adjust(@QueryParam("companyId") Long companyId, GoodsInput input) {
        return created(ledger.adjust(Params.company(companyId), input));
    }

    @POST
    @Path("moves/{id}/reversal")
    @RequiresPermission(InventoryPermissions.STOCK_ADJUST)
    public Response reverse(@PathParam("id") long id, Reason reason) {
        return created(ledger.reverse(id, reason == null ? null : reason.reason()));
    }

    private static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
