package io.tangram.web.internal.platform;

import io.tangram.platform.api.security.PlatformPermissions;
import java.util.List;
import java.util.Set;

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

import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.web.internal.TangramApplication;

/** Roles and the permissions modules declare. */
@Component(service = RoleResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(TangramApplication.SELECT)
@Path("platform")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleResource {
    private final UserDirectory users;

    /** A role's description and permissions, replacing the previous ones. */
    public record RoleUpdate(String description, Set<String> permissions) {
    }

    @Activate
    public RoleResource(@Reference UserDirectory users) {
        this.users = users;
    }

    @GET
    @Path("roles")
    @RequiresPermission(PlatformPermissions.ROLE_READ)
    public List<Role> roles() {
        return users.roles();
    }

    @GET
    @Path("roles/{name}")
    @RequiresPermission(PlatformPermissions.ROLE_READ)
    public Role role(@PathParam("name") String name) {
        return users.roles().stream()
                .filter(role -> role.name().equals(name))
                .findFirst()
                .orElseThrow(() -> NotFoundException.of(Text.of("Role", "角色"), name));
    }

    /** Creates the role or replaces its description and permissions. */
    @PUT
    @Path("roles/{name}")
    @RequiresPermission(PlatformPermissions.ROLE_WRITE)
    public Role save(@PathParam("name") String name, RoleUpdate update) {
        new Validation().required("body", update).throwIfInvalid();
        new Validation()
                .required("permissions", update.permissions())
                .maxLength("description", update.description(), 200)
                .throwIfInvalid();
        return users.saveRole(name, update.description() == null ? "" : update.description(), update.permissions());
    }

    /** Every permission declared by a module, each with its description in the caller's language. */
    @GET
    @Path("permissions")
    @RequiresPermission(PlatformPermissions.ROLE_READ)
    public List<Permission> permissions() {
        return users.permissions();
    }
}
