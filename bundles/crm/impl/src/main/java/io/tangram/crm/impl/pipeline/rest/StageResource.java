package io.tangram.crm.impl.pipeline.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import io.tangram.crm.api.pipeline.PipelineStageDto;
import io.tangram.crm.api.pipeline.PipelineStageInput;
import io.tangram.crm.api.pipeline.PipelineStages;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.pipeline.PipelinePermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/stages}: the pipeline stages; posting a code that exists changes that stage. */
@Component(service = StageResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("stages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StageResource {

    private final PipelineStages stages;

    @Activate
    public StageResource(@Reference PipelineStages stages) {
        this.stages = stages;
    }

    @GET
    @RequiresPermission(PipelinePermissions.OPPORTUNITY_READ)
    public List<PipelineStageDto> list(@QueryParam("companyId") Long companyId) {
        return stages.list(Params.company(companyId));
    }

    @POST
    @RequiresPermission(PipelinePermissions.STAGE_ADMIN)
    public PipelineStageDto save(PipelineStageInput input) {
        return stages.save(Params.require(input));
    }

    @DELETE
    @Path("{code}")
    @RequiresPermission(PipelinePermissions.STAGE_ADMIN)
    public Response delete(@PathParam("code") String code, @QueryParam("companyId") Long companyId) {
        stages.delete(Params.company(companyId), code);
        return Response.noContent().build();
    }
}
