package io.tangram.oa.impl.approval.rest;

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

import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.approval.ApprovalPermissions;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;
import io.tangram.oa.impl.approval.DepartmentDto;
import io.tangram.oa.impl.approval.DepartmentInput;
import io.tangram.oa.impl.approval.DepartmentService;
import io.tangram.oa.impl.approval.MemberInput;

/**
 * {@code /api/oa/departments}: OA's department mapping (parent, manager) that routes "department
 * manager" steps while HR is not installed; {@code /departments/members} puts users in departments.
 */
@Component(service = DepartmentResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    private final DepartmentService departments;

    @Activate
    public DepartmentResource(@Reference DepartmentService departments) {
        this.departments = departments;
    }

    @GET
    @RequiresPermission(ApprovalPermissions.APPROVAL_READ)
    public List<DepartmentDto> list(@QueryParam("companyId") Long companyId) {
        return departments.list(ProcessResource.company(companyId));
    }

    /** Creates or changes a department: {@code {"code": "SALES", "name": "Sales", "nameZh": "销售部", "parentCode": "HQ", "manager": "zhang.wei"}}. */
    @POST
    @RequiresPermission(ApprovalPermissions.PROCESS_ADMIN)
    public Response save(DepartmentInput input) {
        return RequestParams.created(departments.save(RequestParams.require(input)));
    }

    /** {@code {"username": "li.na", "departmentCode": "SALES"}}; answers the department. */
    @POST
    @Path("members")
    @RequiresPermission(ApprovalPermissions.PROCESS_ADMIN)
    public DepartmentDto assign(MemberInput input) {
        return departments.assign(RequestParams.require(input));
    }

    @DELETE
    @Path("members/{username}")
    @RequiresPermission(ApprovalPermissions.PROCESS_ADMIN)
    public Response unassign(@PathParam("username") String username, @QueryParam("companyId") Long companyId) {
        departments.unassign(ProcessResource.company(companyId), username);
        return Response.noContent().build();
    }
}
