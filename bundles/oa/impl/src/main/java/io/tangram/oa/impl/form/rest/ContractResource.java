package io.tangram.oa.impl.form.rest;

import javax.ws.rs.Consumes;
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

import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.form.ContractDto;
import io.tangram.oa.impl.form.ContractInput;
import io.tangram.oa.impl.form.ContractService;
import io.tangram.oa.impl.form.FormPermissions;
import io.tangram.oa.impl.form.FormStatus;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/forms/contracts}: the caller's contract approvals (draft, change, submit, cancel), every employee's
 * for {@code oa.form.admin} ({@code /all}), and the direct decision while no approval process is
 * defined ({@code /waiting}, {@code /{number}/approve|reject}, {@code oa.form.approve}).
 */
@Component(service = ContractResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("forms/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    private final ContractService contracts;

    @Activate
    public ContractResource(@Reference ContractService contracts) {
        this.contracts = contracts;
    }

    /** The caller's own, newest first; {@code ?status=DRAFT|SUBMITTED|APPROVED|REJECTED|RETURNED|CANCELLED}. */
    @GET
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public Page<ContractDto> mine(@QueryParam("companyId") Long companyId, @QueryParam("status") String status,
                            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return contracts.mine(FormParams.company(companyId), RequestParams.choice("status", status, FormStatus.class),
                RequestParams.page(offset, limit));
    }

    /** Every employee's, newest first; {@code ?requester=li.na}. */
    @GET
    @Path("all")
    @RequiresPermission(FormPermissions.FORM_ADMIN)
    public Page<ContractDto> all(@QueryParam("companyId") Long companyId, @QueryParam("status") String status,
                           @QueryParam("requester") String requester, @QueryParam("offset") Integer offset,
                           @QueryParam("limit") Integer limit) {
        return contracts.all(FormParams.company(companyId), RequestParams.choice("status", status, FormStatus.class),
                requester, RequestParams.page(offset, limit));
    }

    /** Submitted without an approval process, waiting for a direct decision, oldest first. */
    @GET
    @Path("waiting")
    @RequiresPermission(FormPermissions.FORM_APPROVE)
    public Page<ContractDto> waiting(@QueryParam("companyId") Long companyId, @QueryParam("offset") Integer offset,
                               @QueryParam("limit") Integer limit) {
        return contracts.waiting(FormParams.company(companyId), RequestParams.page(offset, limit));
    }

    @POST
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public Response create(ContractInput input) {
        return RequestParams.created(contracts.create(RequestParams.require(input)));
    }

    @GET
    @Path("{number}")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public ContractDto get(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return contracts.get(FormParams.company(companyId), number);
    }

    @PUT
    @Path("{number}")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public ContractDto update(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                        ContractInput input) {
        return contracts.update(FormParams.company(companyId), number, RequestParams.require(input));
    }

    @POST
    @Path("{number}/submit")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public ContractDto submit(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return contracts.submit(FormParams.company(companyId), number);
    }

    /** {@code {"reason": "…"}} (optional body). */
    @POST
    @Path("{number}/cancel")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public ContractDto cancel(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                        FormParams.Reason body) {
        return contracts.cancel(FormParams.company(companyId), number, body == null ? null : body.reason());
    }

    /** {@code {"comment": "…"}} (optional body). */
    @POST
    @Path("{number}/approve")
    @RequiresPermission(FormPermissions.FORM_APPROVE)
    public ContractDto approve(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                         FormParams.Comment body) {
        return contracts.approveDirectly(FormParams.company(companyId), number, body == null ? null : body.comment());
    }

    @POST
    @Path("{number}/reject")
    @RequiresPermission(FormPermissions.FORM_APPROVE)
    public ContractDto reject(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                        FormParams.Comment body) {
        return contracts.rejectDirectly(FormParams.company(companyId), number, body == null ? null : body.comment());
    }
}
