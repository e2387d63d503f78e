package io.tangram.web.internal.platform;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.security.AccessToken;
import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.PublicEndpoint;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.web.internal.TangramApplication;
import io.tangram.web.internal.security.AuthenticatedOnly;
import io.tangram.web.internal.security.Credentials;

/**
 * Token login and the current caller. Bearer tokens are the session mechanism of the API: stateless
 * and signed, they survive restarts; there is no server session.
 */
@Component(service = AuthResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(TangramApplication.SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final UserDirectory users;

    /** Login form. */
    public record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest[" + username + "]";
        }
    }

    /** Who is calling and what they may do. */
    public record Me(String username, Set<String> roles, Set<String> permissions) {
    }

    @Activate
    public AuthResource(@Reference UserDirectory users) {
        this.users = users;
    }

    /** Checks username and password and issues a bearer token: {@code {token, username, expiresAt}}. */
    @POST
    @Path("login")
    @PublicEndpoint
    public AccessToken login(LoginRequest request) {
        new Validation()
                .required("body", request)
                .throwIfInvalid();
        new Validation()
                .required("username", request.username())
                .required("password", request.password())
                .throwIfInvalid();
        Caller caller = users.authenticate(request.username().strip(), request.password());
        return users.issueToken(caller);
    }

    @GET
    @Path("me")
    @AuthenticatedOnly
    public Me me() {
        Caller caller = CallContext.current().orElseThrow(() -> new AuthenticationException(Credentials.MISSING));
        return new Me(caller.username(), caller.roles(), caller.permissions());
    }
}
