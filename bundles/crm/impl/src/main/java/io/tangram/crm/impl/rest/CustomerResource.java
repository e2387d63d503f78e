package io.tangram.crm.impl.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.crm.api.ContactDto;
import io.tangram.crm.api.ContactInput;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.CustomerQuery;
import io.tangram.crm.api.Customers;
import io.tangram.crm.api.LifecycleStage;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/customers}: customers' CRM profiles and contacts, scoped to what the caller may see. */
@Component(service = CustomerResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private final Customers customers;

    @Activate
    public CustomerResource(@Reference Customers customers) {
        this.customers = customers;
    }

    @GET
    @RequiresPermission(CrmPermissions.CUSTOMER_READ)
    public Page<CustomerDto> search(@QueryParam("companyId") Long companyId, @QueryParam("q") String q,
                                    @QueryParam("owner") String owner, @QueryParam("tag") String tag,
                                    @QueryParam("stage") String stage, @QueryParam("industry") String industry,
                                    @QueryParam("region") String region, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return customers.search(Params.company(companyId), new CustomerQuery(q, owner, tag,
                Params.choice("stage", stage, LifecycleStage.class), industry, region), Params.page(offset, limit));
    }

    @POST
    @RequiresPermission(CrmPermissions.CUSTOMER_WRITE)
    public Response create(CustomerInput input) {
        return Params.created(customers.create(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CrmPermissions.CUSTOMER_READ)
    public CustomerDto get(@PathParam("id") long id) {
        return customers.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(CrmPermissions.CUSTOMER_WRITE)
    public CustomerDto update(@PathParam("id") long id, CustomerInput input) {
        return customers.update(id, Params.require(input));
    }

    /** Hands the customer to another rep: {@code {"owner": "li.na"}}. */
    @POST
    @Path("{id}/assign")
    @RequiresPermission(CrmPermissions.CUSTOMER_WRITE)
    public CustomerDto assign(@PathParam("id") long id, Assignment body) {
        return customers.assign(id, Params.require(body).owner());
    }

    @GET
    @Path("{id}/contacts")
    @RequiresPermission(CrmPermissions.CUSTOMER_READ)
    public List<ContactDto> contacts(@PathParam("id") long id) {
        return customers.contacts(id);
    }

    @POST
    @Path("{id}/contacts")
    @RequiresPermission(CrmPermissions.CUSTOMER_WRITE)
    public Response addContact(@PathParam("id") long id, ContactInput input) {
        return Params.created(customers.addContact(id, Params.require(input)));
    }

    @DELETE
    @Path("{id}/contacts/{contactId}")
    @RequiresPermission(CrmPermissions.CUSTOMER_WRITE)
    public Response removeContact(@PathParam("id") long id, @PathParam("contactId") long contactId) {
        customers.removeContact(id, contactId);
        return Response.noContent().build();
    }

    /** The body of an assignment. */
    public record Assignment(String owner) {
    }
}
