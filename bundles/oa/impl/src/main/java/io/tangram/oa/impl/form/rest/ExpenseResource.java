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
import io.tangram.oa.impl.form.ExpenseClaimDto;
import io.tangram.oa.impl.form.ExpenseClaimInput;
import io.tangram.oa.impl.form.ExpenseClaimService;
import io.tangram.oa.impl.form.FormPermissions;
import io.tangram.oa.impl.form.FormStatus;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/forms/expenses}: the caller's expense claims (draft, change, submit, cancel), every employee's
 * for {@code oa.form.admin} ({@code /all}), and the direct decision while no approval process is
 * defined ({@code /waiting}, {@code /{number}/approve|reject}, {@code oa.form.approve}).
 */
@Component(service = ExpenseResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("forms/expenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpenseResource {

    private final ExpenseClaimService expenses;

    @Activate
    public ExpenseResource(@Reference ExpenseClaimService expenses) {
        this.expenses = expenses;
    }

    /** The caller's own, newest first; {@code ?status=DRAFT|SUBMITTED|APPROVED|REJECTED|RETURNED|CANCELLED}. */
    @GET
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public Page<ExpenseClaimDto> mine(@QueryParam("companyId") Long companyId, @QueryParam("status") String status,
                            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return expenses.mine(FormParams.company(companyId), RequestParams.choice("status", status, FormStatus.class),
                RequestParams.page(offset, limit));
    }

    /** Every employee's, newest first; {@code ?requester=li.na}. */
    @GET
    @Path("all")
    @RequiresPermission(FormPermissions.FORM_ADMIN)
    public Page<ExpenseClaimDto> all(@QueryParam("companyId") Long companyId, @QueryParam("status") String status,
                           @QueryParam("requester") String requester, @QueryParam("offset") Integer offset,
                           @QueryParam("limit") Integer limit) {
        return expenses.all(FormParams.company(companyId), RequestParams.choice("status", status, FormStatus.class),
                requester, RequestParams.page(offset, limit));
    }

    /** Submitted without an approval process, waiting for a direct decision, oldest first. */
    @GET
    @Path("waiting")
    @RequiresPermission(FormPermissions.FORM_APPROVE)
    public Page<ExpenseClaimDto> waiting(@QueryParam("companyId") Long companyId, @QueryParam("offset") Integer offset,
                               @QueryParam("limit") Integer limit) {
        return expenses.waiting(FormParams.company(companyId), RequestParams.page(offset, limit));
    }

    @POST
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public Response create(ExpenseClaimInput input) {
        return RequestParams.created(expenses.create(RequestParams.require(input)));
    }

    @GET
    @Path("{number}")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public ExpenseClaimDto get(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return expenses.get(FormParams.company(companyId), number);
    }

    @PUT
    @Path("{number}")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public ExpenseClaimDto update(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                        ExpenseClaimInput input) {
        return expenses.update(FormParams.company(companyId), number, RequestParams.require(input));
    }

    @POST
    @Path("{number}/submit")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public ExpenseClaimDto submit(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return expenses.submit(FormParams.company(companyId), number);
    }

    /** {@code {"reason": "…"}} (optional body). */
    @POST
    @Path("{number}/cancel")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public ExpenseClaimDto cancel(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                        FormParams.Reason body) {
        return expenses.cancel(FormParams.company(companyId), number, body == null ? null : body.reason());
    }

    /** {@code {"comment": "…"}} (optional body). */
    @POST
    @Path("{number}/approve")
    @RequiresPermission(FormPermissions.FORM_APPROVE)
    public ExpenseClaimDto approve(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                         FormParams.Comment body) {
        return expenses.approveDirectly(FormParams.company(companyId), number, body == null ? null : body.comment());
    }

    @POST
    @Path("{number}/reject")
    @RequiresPermission(FormPermissions.FORM_APPROVE)
    public ExpenseClaimDto reject(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                        FormParams.Comment body) {
        return expenses.rejectDirectly(FormParams.company(companyId), number, body == null ? null : body.comment());
    }
}
