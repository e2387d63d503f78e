package io.tangram.hr.impl;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.tangram.web.api.ModuleApplication;
import io.tangram.web.api.RestGuard;

/** The HR JAX-RS application, serving {@code /api/hr/…}. */
@Component(service = Application.class)
@JaxrsName(HrApplication.NAME)
@JaxrsApplicationBase("api/hr")
public class HrApplication extends ModuleApplication {
    static final String NAME = NAME_PREFIX + "hr";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Activate
    public HrApplication(@Reference RestGuard guard) {
        super(guard);
    }
}
