package io.tangram.finance.impl.asset.rest;

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

import io.tangram.finance.impl.rest.FinanceApplication;
import io.tangram.finance.impl.rest.Params;
import io.tangram.finance.api.asset.AssetDisposalInput;
import io.tangram.finance.api.asset.AssetDto;
import io.tangram.finance.api.asset.AssetInput;
import io.tangram.finance.api.asset.AssetStatus;
import io.tangram.finance.api.asset.FixedAssets;
import io.tangram.finance.impl.asset.AssetPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/finance/assets}: the fixed-asset register. {@code POST} registers (posting the
 * acquisition when a {@code creditAccount} is given), {@code PUT /{id}} corrects an asset not yet
 * depreciated, {@code POST /{id}/disposal} disposes of it.
 */
@Component(service = AssetResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetResource {

    private final FixedAssets assets;

    @Activate
    public AssetResource(@Reference FixedAssets assets) {
        this.assets = assets;
    }

    @GET
    @RequiresPermission(AssetPermissions.ASSET_READ)
    public List<AssetDto> list(@QueryParam("companyId") Long companyId, @QueryParam("status") AssetStatus status) {
        return assets.list(Params.company(companyId), status);
    }

    @POST
    @RequiresPermission(AssetPermissions.ASSET_WRITE)
    public Response register(AssetInput input) {
        return Params.created(assets.register(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(AssetPermissions.ASSET_READ)
    public AssetDto get(@PathParam("id") long id) {
        return assets.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(AssetPermissions.ASSET_WRITE)
    public AssetDto update(@PathParam("id") long id, AssetInput input) {
        return assets.update(id, Params.require(input));
    }

    /** {@code {"date": "2026-11-20", "proceeds": 5000, "proceedsAccount": "1002", "reason": "sold"}}. */
    @POST
    @Path("{id}/disposal")
    @RequiresPermission(AssetPermissions.ASSET_WRITE)
    public AssetDto dispose(@PathParam("id") long id, AssetDisposalInput input) {
        return assets.dispose(id, Params.require(input));
    }
}
