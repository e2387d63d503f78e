package io.tangram.oa.impl;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.tangram.web.api.ModuleApplication;
import io.tangram.web.api.RestGuard;

/** The OA JAX-RS application, serving {@code /api/oa/…}. */
@Component(service = Application.class)
@JaxrsName(OaApplication.NAME)
@JaxrsApplicationBase("api/oa")
public class OaApplication extends ModuleApplication {
    static final String NAME = NAME_PREFIX + "oa";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Activate
    public OaApplication(@Reference RestGuard guard) {
        super(guard);
    }
}
