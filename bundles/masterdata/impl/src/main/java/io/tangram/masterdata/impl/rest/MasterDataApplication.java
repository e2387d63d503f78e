package io.tangram.masterdata.impl.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.tangram.web.api.ModuleApplication;
import io.tangram.web.api.RestGuard;

/** The master-data JAX-RS application, serving {@code /api/masterdata/…}. */
@Component(service = Application.class)
@JaxrsName(MasterDataApplication.NAME)
@JaxrsApplicationBase("api/masterdata")
public class MasterDataApplication extends ModuleApplication {
    static final String NAME = NAME_PREFIX + "masterdata";
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Activate
    public MasterDataApplication(@Reference RestGuard guard) {
        super(guard);
    }
}
