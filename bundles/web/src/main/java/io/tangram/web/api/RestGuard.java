package io.tangram.web.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Hands each Tangram JAX-RS application its own instances of the providers every request must pass:
 * authentication and permission checks, JSON, problem+json error mapping, the caller's language.
 * They are part of the application itself (not whiteboard extensions that come and go), so an
 * application can never be served without them: when the guard goes, the application goes.
 */
@ProviderType
public interface RestGuard {

    /** New provider instances for one application. */
    Set<Object> providers();
}
