package io.tangram.web.internal.platform;

import io.tangram.platform.api.security.PlatformPermissions;
import java.util.List;

import javax.ws.rs.GET;
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

import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.module.ModuleInfo;
import io.tangram.platform.api.module.ModuleRegistry;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.internal.TangramApplication;

/** The Tangram modules installed now. */
@Component(service = ModuleResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(TangramApplication.SELECT)
@Path("platform/modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {
    private final ModuleRegistry registry;

    @Activate
    public ModuleResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    @RequiresPermission(PlatformPermissions.MODULE_READ)
    public List<ModuleInfo> modules() {
        return registry.modules();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(PlatformPermissions.MODULE_READ)
    public ModuleInfo module(@PathParam("id") String id) {
        return registry.module(id).orElseThrow(() -> NotFoundException.of(Text.of("Module", "模块"), id));
    }
}
