package io.tangram.crm.impl.campaign.rest;

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

import io.tangram.crm.api.campaign.SegmentDto;
import io.tangram.crm.api.campaign.SegmentInput;
import io.tangram.crm.api.campaign.SegmentMember;
import io.tangram.crm.api.campaign.Segments;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.campaign.CampaignPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/segments}: customer segments and their members today. */
@Component(service = SegmentResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("segments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SegmentResource {

    private final Segments segments;

    @Activate
    public SegmentResource(@Reference Segments segments) {
        this.segments = segments;
    }

    @GET
    @RequiresPermission(CampaignPermissions.SEGMENT_READ)
    public List<SegmentDto> list(@QueryParam("companyId") Long companyId) {
        return segments.list(Params.company(companyId));
    }

    @POST
    @RequiresPermission(CampaignPermissions.SEGMENT_WRITE)
    public Response create(SegmentInput input) {
        return Params.created(segments.create(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CampaignPermissions.SEGMENT_READ)
    public SegmentDto get(@PathParam("id") long id) {
        return segments.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(CampaignPermissions.SEGMENT_WRITE)
    public SegmentDto update(@PathParam("id") long id, SegmentInput input) {
        return segments.update(id, Params.require(input));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(CampaignPermissions.SEGMENT_WRITE)
    public Response delete(@PathParam("id") long id) {
        segments.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    @RequiresPermission(CampaignPermissions.SEGMENT_READ)
    public Page<SegmentMember> members(@PathParam("id") long id, @QueryParam("offset") Integer offset,
                                       @QueryParam("limit") Integer limit) {
        return segments.members(id, Params.page(offset, limit));
    }
}
