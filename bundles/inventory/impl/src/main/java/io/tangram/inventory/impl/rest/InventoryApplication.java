package io.tangram.inventory.impl.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.tangram.web.api.ModuleApplication;
import io.tangram.web.api.RestGuard;

/** The inventory JAX-RS application, serving {@code /api/inventory/…}. */
@Component(service = Application.class)
@JaxrsName(InventoryApplication.NAME)
@JaxrsApplicationBase("api/inventory")
public class InventoryApplication extends ModuleApplication {
    static final String NAME = NAME_PREFIX + "inventory";
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Activate
    public InventoryApplication(@Reference RestGuard guard) {
        super(guard);
    }
}
