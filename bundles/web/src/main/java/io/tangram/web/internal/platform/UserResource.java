package io.tangram.web.internal.platform;

import io.tangram.platform.api.security.PlatformPermissions;
import java.net.URI;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.web.internal.TangramApplication;

/** User administration. */
@Component(service = UserResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(TangramApplication.SELECT)
@Path("platform/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
    private final UserDirectory users;

    /** A new user with an initial password. */
    public record NewUser(String username, String displayName, String password, Set<String> roles) {
        @Override
        public String toString() {
            return "NewUser[" + username + "]";
        }
    }

    /** The roles a user has from now on. */
    public record RolesUpdate(Set<String> roles) {
    }

    /** Whether a user may sign in. */
    public record EnabledUpdate(Boolean enabled) {
    }

    @Activate
    public UserResource(@Reference UserDirectory users) {
        this.users = users;
    }

    @GET
    @RequiresPermission(PlatformPermissions.USER_READ)
    public List<UserAccount> users() {
        return users.users();
    }

    @POST
    @RequiresPermission(PlatformPermissions.USER_WRITE)
    public Response create(NewUser user) {
        new Validation().required("body", user).throwIfInvalid();
        new Validation()
                .required("username", user.username())
                .maxLength("username", user.username(), 64)
                .required("password", user.password())
                .throwIfInvalid();
        String displayName = user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
        UserAccount created = users.createUser(user.username().strip(), displayName, user.password(),
                user.roles() == null ? Set.of() : user.roles());
        return Response.created(URI.create("platform/users/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("{username}/roles")
    @RequiresPermission(PlatformPermissions.USER_WRITE)
    public Response setRoles(@PathParam("username") String username, RolesUpdate update) {
        new Validation().required("body", update).throwIfInvalid();
        new Validation().required("roles", update.roles()).throwIfInvalid();
        users.setRoles(username, update.roles());
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/enabled")
    @RequiresPermission(PlatformPermissions.USER_WRITE)
    public Response setEnabled(@PathParam("username") String username, EnabledUpdate update) {
        new Validation().required("body", update).throwIfInvalid();
        new Validation().required("enabled", update.enabled()).throwIfInvalid();
        users.setEnabled(username, update.enabled());
        return Response.noContent().build();
    }
}
