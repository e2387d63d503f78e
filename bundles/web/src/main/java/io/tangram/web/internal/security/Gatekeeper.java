package io.tangram.web.internal.security;

import java.lang.reflect.Method;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.PublicEndpoint;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * Decides whether a call of a REST method may run. Default deny:
 * <ol>
 * <li>{@link PublicEndpoint}: runs without credentials (any sent are ignored);</li>
 * <li>otherwise the caller must authenticate (else 401);</li>
 * <li>{@link AuthenticatedOnly}: any signed-in caller;</li>
 * <li>{@link RequiresPermission}: the caller must have the permission (else 403);</li>
 * <li>neither: refused (403), also when no method matched.</li>
 * </ol>
 */
public final class Gatekeeper {
    private static final Logger LOG = LoggerFactory.getLogger(Gatekeeper.class);
    private final Authenticator authenticator;

    public Gatekeeper(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * @param method              the matched resource method, or {@code null}
     * @param authorizationHeader the {@code Authorization} header, or {@code null}
     * @return the caller, or {@code null} for a public endpoint
     * @throws AuthenticationException if credentials are needed and missing or wrong
     * @throws ForbiddenException      if the caller lacks the declared permission
     * @throws DeniedException         if the method declares no access rule
     */
    public Caller admit(Method method, String authorizationHeader) {
        if (method != null && method.isAnnotationPresent(PublicEndpoint.class)) {
            return null;
        }
        Caller caller = authenticator.authenticate(authorizationHeader);
        if (method == null) {
            throw new DeniedException();
        }
        RequiresPermission required = method.getAnnotation(RequiresPermission.class);
        if (required != null) {
            caller.require(required.value());
            return caller;
        }
        if (method.isAnnotationPresent(AuthenticatedOnly.class)) {
            return caller;
        }
        LOG.warn("Refused {} by {}: {}.{} declares neither @RequiresPermission nor @PublicEndpoint",
                caller.username(), method.getName(), method.getDeclaringClass().getName(), method.getName());
        throw new DeniedException();
    }
}
