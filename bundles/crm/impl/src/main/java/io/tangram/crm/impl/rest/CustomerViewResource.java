package io.tangram.crm.impl.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.crm.api.view.CustomerView;
import io.tangram.crm.api.view.CustomerViews;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/customers/{id}/360?limit=20}: the customer 360° view. */
@Component(service = CustomerViewResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("customers/{id}/360")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerViewResource {

    private final CustomerViews views;

    @Activate
    public CustomerViewResource(@Reference CustomerViews views) {
        this.views = views;
    }

    @GET
    @RequiresPermission(CrmPermissions.CUSTOMER_READ)
    public CustomerView view(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        return views.of(id, limit == null ? 20 : limit);
    }
}
