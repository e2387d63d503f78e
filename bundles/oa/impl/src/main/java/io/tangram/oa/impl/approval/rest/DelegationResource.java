package io.tangram.oa.impl.approval.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.approval.ApprovalPermissions;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;
import io.tangram.oa.impl.approval.DelegationDto;
import io.tangram.oa.impl.approval.DelegationInput;
import io.tangram.oa.impl.approval.DelegationService;

/**
 * {@code /api/oa/delegations}: approvers away (委托代批). {@code GET ?user=} another user's (or
 * {@code *}) needs {@code oa.approval.admin}; {@code POST /delegations/{id}/cancel} ends one.
 */
@Component(service = DelegationResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegationResource {

    private final DelegationService delegations;

    @Activate
    public DelegationResource(@Reference DelegationService delegations) {
        this.delegations = delegations;
    }

    @GET
    @RequiresPermission(ApprovalPermissions.APPROVAL_READ)
    public List<DelegationDto> list(@QueryParam("companyId") Long companyId, @QueryParam("user") String user) {
        return delegations.list(ProcessResource.company(companyId), user);
    }

    /** {@code {"delegate": "wang.fang", "from": "2026-12-01", "to": "2026-12-04"}}. */
    @POST
    @RequiresPermission(ApprovalPermissions.APPROVAL_ACT)
    public Response create(DelegationInput input) {
        return RequestParams.created(delegations.create(RequestParams.require(input)));
    }

    @POST
    @Path("{id}/cancel")
    @RequiresPermission(ApprovalPermissions.APPROVAL_ACT)
    public DelegationDto cancel(@PathParam("id") long id) {
        return delegations.cancel(id);
    }
}
