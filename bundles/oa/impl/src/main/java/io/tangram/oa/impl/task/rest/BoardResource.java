package io.tangram.oa.impl.task.rest;

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
import io.tangram.oa.impl.task.BoardDto;
import io.tangram.oa.impl.task.BoardInput;
import io.tangram.oa.impl.task.BoardService;
import io.tangram.oa.impl.task.ColumnInput;
import io.tangram.oa.impl.task.TaskDto;
import io.tangram.oa.impl.task.TaskFields;
import io.tangram.oa.impl.task.TaskPermissions;
import io.tangram.oa.impl.task.TaskService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/boards}: task boards, their members and columns, and the tasks on a board column by
 * column ({@code POST /boards/{code}/tasks} adds one).
 */
@Component(service = BoardResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardResource {

    private final BoardService boards;
    private final TaskService tasks;

    @Activate
    public BoardResource(@Reference BoardService boards, @Reference TaskService tasks) {
        this.boards = boards;
        this.tasks = tasks;
    }

    /** By code; {@code member=li.na} keeps her boards. */
    @GET
    @RequiresPermission(TaskPermissions.TASK_READ)
    public Page<BoardDto> list(@QueryParam("companyId") Long companyId, @QueryParam("member") String member,
                               @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return boards.list(company(companyId), member, RequestParams.page(offset, limit));
    }

    /** A new board with the columns 待办 To do, 进行中 Doing, 已完成 Done. */
    @POST
    @RequiresPermission(TaskPermissions.BOARD_ADMIN)
    public Response create(BoardInput input) {
        return RequestParams.created(boards.create(RequestParams.require(input)));
    }

    @GET
    @Path("{code}")
    @RequiresPermission(TaskPermissions.TASK_READ)
    public BoardDto get(@PathParam("code") String code, @QueryParam("companyId") Long companyId) {
        return boards.get(company(companyId), code);
    }

    @PUT
    @Path("{code}")
    @RequiresPermission(TaskPermissions.BOARD_ADMIN)
    public BoardDto update(@PathParam("code") String code, @QueryParam("companyId") Long companyId, BoardInput input) {
        return boards.update(company(companyId), code, RequestParams.require(input));
    }

    /** The new column list, left to right: {@code [{"id":1,"nameEn":"To do","nameZh":"待办"}, … {"done":true}]}. */
    @PUT
    @Path("{code}/columns")
    @RequiresPermission(TaskPermissions.BOARD_ADMIN)
    public BoardDto columns(@PathParam("code") String code, @QueryParam("companyId") Long companyId,
                            List<ColumnInput> columns) {
        return boards.columns(company(companyId), code, RequestParams.require(columns));
    }

    /** Column by column, top to bottom; {@code open=true} leaves out completed tasks. */
    @GET
    @Path("{code}/tasks")
    @RequiresPermission(TaskPermissions.TASK_READ)
    public Page<TaskDto> tasks(@PathParam("code") String code, @QueryParam("companyId") Long companyId,
                               @QueryParam("assignee") String assignee, @QueryParam("open") Boolean open,
                               @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return tasks.list(company(companyId), code, assignee, open, RequestParams.page(offset, limit));
    }

    @POST
    @Path("{code}/tasks")
    @RequiresPermission(TaskPermissions.TASK_WRITE)
    public Response addTask(@PathParam("code") String code, @QueryParam("companyId") Long companyId, TaskFields input) {
        return RequestParams.created(tasks.add(company(companyId), code, RequestParams.require(input)));
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }
}
