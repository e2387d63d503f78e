package io.tangram.finance.impl.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.tangram.web.api.ModuleApplication;
import io.tangram.web.api.RestGuard;

/** The finance JAX-RS application, serving {@code /api/finance/…}. */
@Component(service = Application.class)
@JaxrsName(FinanceApplication.NAME)
@JaxrsApplicationBase("api/finance")
public class FinanceApplication extends ModuleApplication {
    static final String NAME = NAME_PREFIX + "finance";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    @Activate
    public FinanceApplication(@Reference RestGuard guard) {
        super(guard);
    }
}
