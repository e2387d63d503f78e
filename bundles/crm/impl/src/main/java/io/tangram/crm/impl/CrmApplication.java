package io.tangram.crm.impl;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.tangram.web.api.ModuleApplication;
import io.tangram.web.api.RestGuard;

/** The CRM JAX-RS application, serving {@code /api/crm/…}. */
@Component(service = Application.class)
@JaxrsName(CrmApplication.NAME)
@JaxrsApplicationBase("api/crm")
public class CrmApplication extends ModuleApplication {
    static final String NAME = NAME_PREFIX + "crm";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Activate
    public CrmApplication(@Reference RestGuard guard) {
        super(guard);
    }
}
