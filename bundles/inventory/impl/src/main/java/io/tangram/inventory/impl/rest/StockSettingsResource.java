package io.tangram.inventory.impl.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.inventory.api.StockSettingsDto;
import io.tangram.inventory.api.StockSettingsInput;
import io.tangram.inventory.api.StockSettingsService;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/inventory/products/{productId}/stock-settings}: costing method, reorder levels, tracking of a product. */
@Component(service = StockSettingsResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("products/{productId}/stock-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockSettingsResource {

    private final StockSettingsService settings;

    @Activate
    public StockSettingsResource(@Reference StockSettingsService settings) {
        this.settings = settings;
    }

    /** The stored settings, or the defaults of a product that has none. */
    @GET
    @RequiresPermission(InventoryPermissions.STOCK_READ)
    public StockSettingsDto get(@PathParam("productId") long productId) {
        return settings.get(productId);
    }

    /** Changes the settings; fields left out (or {@code null}) keep their current value. */
    @PUT
    @RequiresPermission(InventoryPermissions.SETTINGS_WRITE)
    public StockSettingsDto save(@PathParam("productId") long productId, StockSettingsInput input) {
        return settings.save(productId, input);
    }
}
