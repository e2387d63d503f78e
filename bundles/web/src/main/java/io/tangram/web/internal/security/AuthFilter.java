package io.tangram.web.internal.security;

import java.time.Duration;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.web.internal.i18n.Languages;
import io.tangram.web.internal.problem.ProblemFactory;
import io.tangram.web.internal.problem.ProblemResponses;

/**
 * Authenticates every call of the tangram application and checks the matched method's access rule
 * ({@link Gatekeeper}); a refused call is answered with a 401/403 problem. The caller is bound to
 * {@link io.tangram.platform.api.security.CallContext} for the request thread and cleared again in
 * the response filter (and at the start of every request, so nothing leaks between requests).
 * Successful Basic checks are cached for 60 s (see {@link Authenticator}).
 */
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final Duration BASIC_CACHE_TTL = Duration.ofSeconds(60);
    static final int BASIC_CACHE_SIZE = 1024;

    private final Gatekeeper gatekeeper;

    @Context
    ResourceInfo resourceInfo;

    public AuthFilter(UserDirectory users) {
        this.gatekeeper = new Gatekeeper(new Authenticator(users, System::nanoTime, BASIC_CACHE_TTL, BASIC_CACHE_SIZE));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CallContext.clear();
        try {
            Caller caller = gatekeeper.admit(resourceInfo.getResourceMethod(), request.getHeaderString(HttpHeaders.AUTHORIZATION));
            if (caller != null) {
                CallContext.bind(caller);
            }
        } catch (TangramException refused) {
            request.abortWith(ProblemResponses.toResponse(ProblemFactory.of(refused,
                    Languages.choose(request.getAcceptableLanguages()),
                    request.getUriInfo().getRequestUri().getPath())));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CallContext.clear();
    }
}
