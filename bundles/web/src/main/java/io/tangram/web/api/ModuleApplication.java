package io.tangram.web.api;

import java.util.Set;

import javax.ws.rs.core.Application;

/**
 * Base of a module's JAX-RS application. Each module registers one, named
 * {@code tangram.<module>} with base {@code api/<module>}, and its resources select it by name;
 * a separate application per module means installing or removing one module never rebuilds
 * another module's endpoints.
 *
 * <pre>
 * &#64;Component(service = Application.class)
 * &#64;JaxrsName("tangram.inventory")
 * &#64;JaxrsApplicationBase("api/inventory")
 * public class InventoryApplication extends ModuleApplication {
 *     &#64;Activate
 *     public InventoryApplication(&#64;Reference RestGuard guard) {
 *         super(guard);
 *     }
 * }
 * </pre>
 */
public abstract class ModuleApplication extends Application {

    /** Prefix of every module application's {@code osgi.jaxrs.name}. */
    public static final String NAME_PREFIX = "tangram.";

    private final Set<Object> providers;

    protected ModuleApplication(RestGuard guard) {
        this.providers = Set.copyOf(guard.providers());
    }

    /** The guard's providers: authentication, JSON, problem+json. */
    @Override
    public Set<Object> getSingletons() {
        return providers;
    }
}
