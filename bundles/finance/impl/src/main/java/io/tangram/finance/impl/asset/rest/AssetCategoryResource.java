package io.tangram.finance.impl.asset.rest;

import java.util.List;
import java.util.Map;

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
import io.tangram.finance.api.asset.AssetCategories;
import io.tangram.finance.api.asset.AssetCategoryDto;
import io.tangram.finance.api.asset.AssetCategoryInput;
import io.tangram.finance.impl.asset.AssetPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/finance/asset-categories}: fixed-asset categories and the shipped defaults. */
@Component(service = AssetCategoryResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("asset-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetCategoryResource {

    private final AssetCategories categories;

    @Activate
    public AssetCategoryResource(@Reference AssetCategories categories) {
        this.categories = categories;
    }

    @GET
    @RequiresPermission(AssetPermissions.ASSET_READ)
    public List<AssetCategoryDto> list(@QueryParam("companyId") Long companyId) {
        return categories.list(Params.company(companyId));
    }

    @GET
    @Path("{code}")
    @RequiresPermission(AssetPermissions.ASSET_READ)
    public AssetCategoryDto get(@QueryParam("companyId") Long companyId, @PathParam("code") String code) {
        return categories.get(Params.company(companyId), code);
    }

    @POST
    @RequiresPermission(AssetPermissions.ASSET_WRITE)
    public Response create(AssetCategoryInput input) {
        return Params.created(categories.create(Params.require(input)));
    }

    /** Adds the default categories the company lacks: {@code {"created": 5}}. */
    @POST
    @Path("defaults")
    @RequiresPermission(AssetPermissions.ASSET_WRITE)
    public Map<String, Integer> loadDefaults(@QueryParam("companyId") Long companyId) {
        return Map.of("created", categories.loadDefaults(Params.company(companyId)));
    }
}
