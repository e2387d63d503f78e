package io.tangram.finance.impl.rest;

import java.util.List;
import java.util.Map;

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

import io.tangram.finance.api.ChartTemplate;
import io.tangram.finance.api.posting.AutomaticPosting;
import io.tangram.finance.api.posting.BacklogEvent;
import io.tangram.finance.api.posting.PostingLogEntry;
import io.tangram.finance.api.posting.PostingRuleDto;
import io.tangram.finance.api.posting.PostingRuleInput;
import io.tangram.finance.api.posting.PostingRules;
import io.tangram.finance.impl.service.FinancePermissions;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/finance/automatic-posting}: the rules turning other modules' events into vouchers,
 * what each event posted, and the backlog of events from before finance was installed.
 */
@Component(service = AutomaticPostingResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("automatic-posting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AutomaticPostingResource {

    /** Backlog events to post or dismiss (none named: all undecided ones), and why they are dismissed. */
    public record BacklogDecision(List<Long> eventIds, String reason) {
    }

    private final PostingRules rules;
    private final AutomaticPosting posting;

    @Activate
    public AutomaticPostingResource(@Reference PostingRules rules, @Reference AutomaticPosting posting) {
        this.rules = rules;
        this.posting = posting;
    }

    @GET
    @Path("rules")
    @RequiresPermission(FinancePermissions.VOUCHER_READ)
    public List<PostingRuleDto> rules(@QueryParam("companyId") Long companyId) {
        return rules.list(Params.company(companyId));
    }

    /** Adds a rule, or replaces the one with the same kind, category and tax rate. */
    @PUT
    @Path("rules")
    @RequiresPermission(FinancePermissions.POSTING_ADMIN)
    public PostingRuleDto save(PostingRuleInput input) {
        return rules.save(input);
    }

    @DELETE
    @Path("rules/{id}")
    @RequiresPermission(FinancePermissions.POSTING_ADMIN)
    public Response delete(@PathParam("id") long id) {
        rules.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("rules/defaults/{template}")
    @RequiresPermission(FinancePermissions.POSTING_ADMIN)
    public Map<String, Integer> loadDefaults(@QueryParam("companyId") Long companyId,
                                             @PathParam("template") ChartTemplate template) {
        return Map.of("created", rules.loadDefaults(Params.company(companyId), template));
    }

    @GET
    @Path("log")
    @RequiresPermission(FinancePermissions.VOUCHER_READ)
    public List<PostingLogEntry> log(@QueryParam("companyId") Long companyId, @QueryParam("limit") Integer limit) {
        return posting.log(Params.company(companyId), limit == null ? 100 : limit);
    }

    /** Undecided backlog events, or all of them with {@code ?all=true}. */
    @GET
    @Path("backlog")
    @RequiresPermission(FinancePermissions.VOUCHER_READ)
    public List<BacklogEvent> backlog(@QueryParam("companyId") Long companyId, @QueryParam("all") boolean all) {
        return posting.backlog(Params.company(companyId), !all);
    }

    @POST
    @Path("backlog/post")
    @RequiresPermission(FinancePermissions.POSTING_ADMIN)
    public List<BacklogEvent> postBacklog(@QueryParam("companyId") Long companyId, BacklogDecision decision) {
        return posting.postBacklog(Params.company(companyId), decision == null ? List.of() : decision.eventIds());
    }

    @POST
    @Path("backlog/dismiss")
    @RequiresPermission(FinancePermissions.POSTING_ADMIN)
    public List<BacklogEvent> dismissBacklog(@QueryParam("companyId") Long companyId, BacklogDecision decision) {
        return posting.dismissBacklog(Params.company(companyId), decision == null ? List.of() : decision.eventIds(),
                decision == null ? null : decision.reason());
    }
}
