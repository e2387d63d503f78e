package io.tangram.finance.impl.asset.rest;

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

import io.tangram.finance.impl.rest.FinanceApplication;
import io.tangram.finance.impl.rest.Params;
import io.tangram.finance.api.asset.Depreciation;
import io.tangram.finance.api.asset.DepreciationRunDto;
import io.tangram.finance.impl.asset.AssetPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/finance/depreciation-runs}: the monthly depreciation. {@code GET preview?period=2026-11}
 * shows what {@code POST {"period": "2026-11"}} would post; {@code POST /{id}/reversal} undoes the
 * latest run by reversing its voucher.
 */
@Component(service = DepreciationRunResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("depreciation-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepreciationRunResource {

    /** A run request: {@code {"companyId": 1, "period": "2026-11"}}; no company is the default one. */
    public record RunRequest(Long companyId, String period) {
    }

    /** Why a run is undone. */
    public record Reversal(String reason) {
    }

    private final Depreciation depreciation;

    @Activate
    public DepreciationRunResource(@Reference Depreciation depreciation) {
        this.depreciation = depreciation;
    }

    /** Runs, newest month first. */
    @GET
    @RequiresPermission(AssetPermissions.ASSET_READ)
    public List<DepreciationRunDto> list(@QueryParam("companyId") Long companyId) {
        return depreciation.list(Params.company(companyId));
    }

    @GET
    @Path("preview")
    @RequiresPermission(AssetPermissions.ASSET_READ)
    public DepreciationRunDto preview(@QueryParam("companyId") Long companyId, @QueryParam("period") String period) {
        return depreciation.preview(Params.company(companyId), period);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(AssetPermissions.ASSET_READ)
    public DepreciationRunDto get(@PathParam("id") long id) {
        return depreciation.get(id);
    }

    @POST
    @RequiresPermission(AssetPermissions.DEPRECIATION_RUN)
    public Response run(RunRequest request) {
        RunRequest r = Params.require(request);
        return Params.created(depreciation.run(Params.company(r.companyId()), r.period()));
    }

    /** Undoes the run: reverses its voucher (红字冲销) so the month can be run again. */
    @POST
    @Path("{id}/reversal")
    @RequiresPermission(AssetPermissions.DEPRECIATION_RUN)
    public DepreciationRunDto undo(@PathParam("id") long id, Reversal reversal) {
        return depreciation.undo(id, Params.require(reversal).reason());
    }
}
