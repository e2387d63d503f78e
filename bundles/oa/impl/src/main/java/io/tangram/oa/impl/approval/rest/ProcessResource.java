package io.tangram.oa.impl.approval.rest;

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

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.approval.ApprovalPermissions;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;
import io.tangram.oa.impl.approval.ProcessDto;
import io.tangram.oa.impl.approval.ProcessInput;
import io.tangram.oa.impl.approval.ProcessService;

/**
 * {@code /api/oa/processes}: approval process definitions. {@code PUT /processes/{code}} saves a new
 * version (running approvals keep theirs); {@code POST /processes/{code}/activate|deactivate}.
 */
@Component(service = ProcessResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("processes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcessResource {

    private final ProcessService processes;

    @Activate
    public ProcessResource(@Reference ProcessService processes) {
        this.processes = processes;
    }

    @GET
    @RequiresPermission(ApprovalPermissions.APPROVAL_READ)
    public List<ProcessDto> list(@QueryParam("companyId") Long companyId) {
        return processes.list(company(companyId));
    }

    @POST
    @RequiresPermission(ApprovalPermissions.PROCESS_ADMIN)
    public Response create(ProcessInput input) {
        return RequestParams.created(processes.create(RequestParams.require(input)));
    }

    /** The process with its current steps and every version, newest first. */
    @GET
    @Path("{code}")
    @RequiresPermission(ApprovalPermissions.APPROVAL_READ)
    public ProcessDto get(@PathParam("code") String code, @QueryParam("companyId") Long companyId) {
        return processes.get(company(companyId), code);
    }

    /** Saves a new version. */
    @PUT
    @Path("{code}")
    @RequiresPermission(ApprovalPermissions.PROCESS_ADMIN)
    public ProcessDto update(@PathParam("code") String code, @QueryParam("companyId") Long companyId,
                             ProcessInput input) {
        return processes.update(company(companyId), code, RequestParams.require(input));
    }

    @POST
    @Path("{code}/activate")
    @RequiresPermission(ApprovalPermissions.PROCESS_ADMIN)
    public ProcessDto activate(@PathParam("code") String code, @QueryParam("companyId") Long companyId) {
        return processes.activate(company(companyId), code);
    }

    @POST
    @Path("{code}/deactivate")
    @RequiresPermission(ApprovalPermissions.PROCESS_ADMIN)
    public ProcessDto deactivate(@PathParam("code") String code, @QueryParam("companyId") Long companyId) {
        return processes.deactivate(company(companyId), code);
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }
}
