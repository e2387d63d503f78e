package io.tangram.inventory.impl.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.inventory.api.InventoryReports;
import io.tangram.inventory.api.OpenPurchaseSummary;
import io.tangram.inventory.api.PurchaseSuggestion;
import io.tangram.inventory.api.SlowMoverReport;
import io.tangram.inventory.api.TurnoverReport;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/inventory/reports}: turnover, slow movers, stock below the reorder point, open purchases. */
@Component(service = ReportResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final InventoryReports reports;

    @Activate
    public ReportResource(@Reference InventoryReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("turnover")
    @RequiresPermission(InventoryPermissions.REPORT_READ)
    public TurnoverReport turnover(@QueryParam("companyId") Long companyId, @QueryParam("from") LocalDate from,
                                   @QueryParam("to") LocalDate to, @QueryParam("warehouseId") Long warehouseId) {
        return reports.turnover(Params.company(companyId), from, to, warehouseId);
    }

    @GET
    @Path("slow-movers")
    @RequiresPermission(InventoryPermissions.REPORT_READ)
    public SlowMoverReport slowMovers(@QueryParam("companyId") Long companyId, @QueryParam("from") LocalDate from,
                                      @QueryParam("to") LocalDate to, @QueryParam("warehouseId") Long warehouseId) {
        return reports.slowMovers(Params.company(companyId), from, to, warehouseId);
    }

    @GET
    @Path("below-reorder")
    @RequiresPermission(InventoryPermissions.REPORT_READ)
    public List<PurchaseSuggestion> belowReorder(@QueryParam("companyId") Long companyId,
                                                 @QueryParam("warehouseId") Long warehouseId) {
        return reports.belowReorderPoint(Params.company(companyId), warehouseId);
    }

    @GET
    @Path("open-purchases")
    @RequiresPermission(InventoryPermissions.REPORT_READ)
    public List<OpenPurchaseSummary> openPurchases(@QueryParam("companyId") Long companyId) {
        return reports.openPurchases(Params.company(companyId));
    }
}
