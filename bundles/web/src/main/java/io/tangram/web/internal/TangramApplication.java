package io.tangram.web.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The {@code tangram} JAX-RS application, served under {@code /api}. Resources and extensions of
 * every module join it with {@code @JaxrsApplicationSelect("(osgi.jaxrs.name=tangram)")}; it waits
 * for the JSON provider of this bundle.
 */
@Component(service = Application.class)
@JaxrsName(TangramApplication.NAME)
@JaxrsApplicationBase("api")
@JSONRequired
public class TangramApplication extends Application {
    public static final String NAME = "tangram";
    public static final String SELECT = "(osgi.jaxrs.name=tangram)";

    /**
     * The tangram application and the whiteboard's default one: a resource registered without
     * selecting tangram lands in the default application (at {@code /api/unbound}), where the same
     * authentication, default-deny and problem+json still apply.
     */
    public static final String SELECT_GUARDED = "(|(osgi.jaxrs.name=tangram)(osgi.jaxrs.name=.default))";
}
