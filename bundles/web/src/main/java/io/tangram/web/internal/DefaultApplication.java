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
 * Replaces the whiteboard's default application (at {@code /api/unbound}): a resource registered
 * without selecting a Tangram application lands here, where the same authentication, default-deny
 * and problem+json apply.
 */
@Component(service = Application.class)
@JaxrsName(".default")
@JaxrsApplicationBase("api/unbound")
public class DefaultApplication extends ModuleApplication {

    @Activate
    public DefaultApplication(@Reference RestGuard guard) {
        super(guard);
    }
}
