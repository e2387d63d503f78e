package io.tangram.oa.impl.approval.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

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

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.approval.ApprovalPermissions;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.impl.approval.ApprovalDetail;
import io.tangram.oa.impl.approval.ApprovalService;
import io.tangram.oa.impl.approval.InboxItem;
import io.tangram.oa.impl.approval.ReminderResult;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.CallContext;

/**
 * {@code /api/oa/approvals}: submit a document (the same code other modules call through
 * {@code Approvals.submit}; 204 when no process is active for its type), the caller's inbox and
 * submissions, one approval with its tasks and history, acting on it, and the reminder check.
 */
@Component(service = ApprovalResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    private final ApprovalService approvals;

    @Activate
    public ApprovalResource(@Reference ApprovalService approvals) {
        this.approvals = approvals;
    }

    /**
     * {@code {"documentType": "oa.general-request", "documentId": "42", "amount": "20000.00",
     * "currency": "CNY", "title": "…", "fields": {"category": "IT"}}}; the requester is the caller
     * unless an {@code oa.approval.admin} names another.
     */
    @POST
    @RequiresPermission(ApprovalPermissions.APPROVAL_SUBMIT)
    public Response submit(SubmitInput input) {
        SubmitInput in = RequestParams.require(input);
        String caller = CallContext.actorName();
        String requester = in.requester() == null || in.requester().isBlank() ? caller : in.requester().strip();
        if (!requester.equals(caller)) {
            CallContext.require(ApprovalPermissions.APPROVAL_ADMIN);
        }
        Validation v = new Validation().required("documentType", in.documentType())
                .required("documentId", in.documentId());
        Money amount = null;
        if (in.amount() != null) {
            try {
                amount = Money.of(in.amount(), Currency.getInstance(in.currency() == null || in.currency().isBlank()
                        ? Money.CNY.getCurrencyCode() : in.currency().strip()));
            } catch (IllegalArgumentException | ArithmeticException e) {
                v.add(in.currency() != null && !isCurrency(in.currency()) ? "currency" : "amount",
                        Text.of("is not an amount of a known currency with its decimals", "不是有效币种及小数位的金额"));
            }
        }
        v.throwIfInvalid();
        Optional<ApprovalState> started = approvals.submit(new ApprovalRequest(
                in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId(), in.documentType().strip(),
                in.documentId().strip(), in.documentNumber(), amount, requester, in.title(), in.fields()));
        return started.map(RequestParams::created).orElseGet(() -> Response.noContent().build());
    }

    /** Tasks waiting for the caller (or {@code ?user=} for {@code oa.approval.admin}), oldest first. */
    @GET
    @Path("inbox")
    @RequiresPermission(ApprovalPermissions.APPROVAL_READ)
    public Page<InboxItem> inbox(@QueryParam("companyId") Long companyId, @QueryParam("user") String user,
                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return approvals.inbox(ProcessResource.company(companyId), user, RequestParams.page(offset, limit));
    }

    /** Approvals the caller asked for, newest first. */
    @GET
    @Path("mine")
    @RequiresPermission(ApprovalPermissions.APPROVAL_READ)
    public Page<ApprovalState> mine(@QueryParam("companyId") Long companyId, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return approvals.mine(ProcessResource.company(companyId), RequestParams.page(offset, limit));
    }

    /** Runs the reminder check now, or as of {@code {"now": "2026-12-01T02:00:00Z"}}. */
    @POST
    @Path("reminders")
    @RequiresPermission(ApprovalPermissions.APPROVAL_ADMIN)
    public ReminderResult remind(ReminderInput input) {
        return approvals.remind(input == null || input.now() == null ? Instant.now() : input.now());
    }

    @GET
    @Path("{reference}")
    @RequiresPermission(ApprovalPermissions.APPROVAL_READ)
    public ApprovalDetail get(@PathParam("reference") String reference) {
        return approvals.detail(reference);
    }

    @POST
    @Path("{reference}/approve")
    @RequiresPermission(ApprovalPermissions.APPROVAL_ACT)
    public ApprovalState approve(@PathParam("reference") String reference, Decision body) {
        return approvals.approve(reference, body == null ? null : body.comment());
    }

    @POST
    @Path("{reference}/reject")
    @RequiresPermission(ApprovalPermissions.APPROVAL_ACT)
    public ApprovalState reject(@PathParam("reference") String reference, Decision body) {
        return approvals.reject(reference, body == null ? null : body.comment());
    }

    /** 退回: back to the requester to change and submit again. */
    @POST
    @Path("{reference}/return")
    @RequiresPermission(ApprovalPermissions.APPROVAL_ACT)
    public ApprovalState sendBack(@PathParam("reference") String reference, Decision body) {
        return approvals.sendBack(reference, body == null ? null : body.comment());
    }

    @POST
    @Path("{reference}/withdraw")
    @RequiresPermission(ApprovalPermissions.APPROVAL_SUBMIT)
    public ApprovalState withdraw(@PathParam("reference") String reference, Decision body) {
        return approvals.withdraw(reference, body == null ? null : body.comment());
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A document submitted over REST; amounts as decimal strings. */
    public record SubmitInput(Long companyId, String documentType, String documentId, String documentNumber,
                              BigDecimal amount, String currency, String requester, String title,
                              Map<String, String> fields) {
    }

    /** The body of approve, reject, return and withdraw. */
    public record Decision(String comment) {
    }

    /** The body of the reminder check. */
    public record ReminderInput(Instant now) {
    }
}
