package io.tangram.web.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.tangram.web.api.ModuleApplication;
import io.tangram.web.api.RestGuard;

/**
 * The {@code tangram} JAX-RS application, served under {@code /api}: the platform's own resources
 * (auth, modules, events, audit, users, OpenAPI). Business modules serve theirs from their own
 * application ({@link ModuleApplication}).
 */
@Component(service = Application.class)
@JaxrsName(TangramApplication.NAME)
@JaxrsApplicationBase("api")
public class TangramApplication extends ModuleApplication {
    public static final String NAME = "tangram";
    public static final String SELECT = "(osgi.jaxrs.name=tangram)";

    /** Every Tangram application: the platform's and each module's. */
    public static final String ALL = "(|(osgi.jaxrs.name=tangram)(osgi.jaxrs.name=" + NAME_PREFIX + "*))";

    @Activate
    public TangramApplication(@Reference RestGuard guard) {
        super(guard);
    }
}
