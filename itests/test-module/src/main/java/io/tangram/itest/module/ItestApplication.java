package io.tangram.itest.module;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.tangram.web.api.ModuleApplication;
import io.tangram.web.api.RestGuard;

/** The test module's JAX-RS application, serving {@code /api/itest/…}. */
@Component(service = Application.class)
@JaxrsName(ItestApplication.NAME)
@JaxrsApplicationBase("api/itest")
public class ItestApplication extends ModuleApplication {
    static final String NAME = NAME_PREFIX + "itest";
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Activate
    public ItestApplication(@Reference RestGuard guard) {
        super(guard);
    }
}
