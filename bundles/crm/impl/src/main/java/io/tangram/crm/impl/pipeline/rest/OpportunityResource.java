package io.tangram.crm.impl.pipeline.rest;

import java.util.List;

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

import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.pipeline.OpportunityInput;
import io.tangram.crm.api.pipeline.OpportunityQuery;
import io.tangram.crm.api.pipeline.OpportunityStatus;
import io.tangram.crm.api.pipeline.StageChangeDto;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.pipeline.PipelinePermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/opportunities}: opportunities the caller may see, their stage moves and history. */
@Component(service = OpportunityResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunityResource {

    private final Opportunities opportunities;

    @Activate
    public OpportunityResource(@Reference Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    @GET
    @RequiresPermission(PipelinePermissions.OPPORTUNITY_READ)
    public Page<OpportunityDto> search(@QueryParam("companyId") Long companyId, @QueryParam("customerId") Long customerId,
                                       @QueryParam("status") String status, @QueryParam("owner") String owner,
                                       @QueryParam("stage") String stage, @QueryParam("campaignId") Long campaignId,
                                       @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return opportunities.search(Params.company(companyId), new OpportunityQuery(customerId,
                Params.choice("status", status, OpportunityStatus.class), owner, stage, campaignId),
                Params.page(offset, limit));
    }

    @POST
    @RequiresPermission(PipelinePermissions.OPPORTUNITY_WRITE)
    public Response create(OpportunityInput input) {
        return Params.created(opportunities.create(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(PipelinePermissions.OPPORTUNITY_READ)
    public OpportunityDto get(@PathParam("id") long id) {
        return opportunities.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(PipelinePermissions.OPPORTUNITY_WRITE)
    public OpportunityDto update(@PathParam("id") long id, OpportunityInput input) {
        return opportunities.update(id, Params.require(input));
    }

    /** Moves it: {@code {"stageCode": "PROPOSAL", "note": "…"}}; a lost stage needs the note as reason. */
    @POST
    @Path("{id}/move")
    @RequiresPermission(PipelinePermissions.OPPORTUNITY_WRITE)
    public OpportunityDto move(@PathParam("id") long id, Move body) {
        Move move = Params.require(body);
        return opportunities.move(id, move.stageCode(), move.note());
    }

    /** Wins it: {@code {"note": "signed on site"}} (optional). */
    @POST
    @Path("{id}/win")
    @RequiresPermission(PipelinePermissions.OPPORTUNITY_WRITE)
    public OpportunityDto win(@PathParam("id") long id, Closing body) {
        return opportunities.win(id, body == null ? null : body.note());
    }

    /** Loses it: {@code {"reason": "price too high"}}. */
    @POST
    @Path("{id}/lose")
    @RequiresPermission(PipelinePermissions.OPPORTUNITY_WRITE)
    public OpportunityDto lose(@PathParam("id") long id, Closing body) {
        return opportunities.lose(id, Params.require(body).reason());
    }

    @GET
    @Path("{id}/history")
    @RequiresPermission(PipelinePermissions.OPPORTUNITY_READ)
    public List<StageChangeDto> history(@PathParam("id") long id) {
        return opportunities.history(id);
    }

    /** The body of a move. */
    public record Move(String stageCode, String note) {
    }

    /** The body of a win ({@code note}) or a loss ({@code reason}). */
    public record Closing(String note, String reason) {
    }
}
