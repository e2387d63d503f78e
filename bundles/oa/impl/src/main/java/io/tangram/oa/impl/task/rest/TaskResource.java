package io.tangram.oa.impl.task.rest;

import java.time.Instant;
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

import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.task.MyTasks;
import io.tangram.oa.impl.task.ReminderInput;
import io.tangram.oa.impl.task.ReminderRun;
import io.tangram.oa.impl.task.TaskCommentDto;
import io.tangram.oa.impl.task.TaskDto;
import io.tangram.oa.impl.task.TaskFields;
import io.tangram.oa.impl.task.TaskPermissions;
import io.tangram.oa.impl.task.TaskReminders;
import io.tangram.oa.impl.task.TaskService;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/tasks}: one task, its moves, comments and reminders; {@code /tasks/mine} the caller's
 * (or {@code ?user=}'s) open tasks on every board; {@code POST /tasks/reminders/run?now=} runs the
 * reminder check at once.
 */
@Component(service = TaskResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    private final TaskService tasks;
    private final TaskReminders reminders;

    @Activate
    public TaskResource(@Reference TaskService tasks, @Reference TaskReminders reminders) {
        this.tasks = tasks;
        this.reminders = reminders;
    }

    /** Overdue, due soon and later, each by due date. */
    @GET
    @Path("mine")
    @RequiresPermission(TaskPermissions.TASK_READ)
    public MyTasks mine(@QueryParam("companyId") Long companyId, @QueryParam("user") String user) {
        return tasks.mine(BoardResource.company(companyId), user);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(TaskPermissions.TASK_READ)
    public TaskDto get(@PathParam("id") long id) {
        return tasks.get(id);
    }

    /** Title, description, assignees, due date and priority. */
    @PUT
    @Path("{id}")
    @RequiresPermission(TaskPermissions.TASK_WRITE)
    public TaskDto update(@PathParam("id") long id, TaskFields input) {
        return tasks.update(id, RequestParams.require(input));
    }

    /** {@code {"columnId": 7, "position": 0}}; without a position to the bottom. */
    @POST
    @Path("{id}/move")
    @RequiresPermission(TaskPermissions.TASK_WRITE)
    public TaskDto move(@PathParam("id") long id, Move body) {
        Move move = RequestParams.require(body);
        return tasks.move(id, move.columnId(), move.position());
    }

    @GET
    @Path("{id}/comments")
    @RequiresPermission(TaskPermissions.TASK_READ)
    public List<TaskCommentDto> comments(@PathParam("id") long id) {
        return tasks.comments(id);
    }

    @POST
    @Path("{id}/comments")
    @RequiresPermission(TaskPermissions.TASK_WRITE)
    public Response comment(@PathParam("id") long id, Comment body) {
        return RequestParams.created(tasks.comment(id, RequestParams.require(body).body()));
    }

    /** {@code {"amount": 1, "unit": "DAYS"}}: remind the assignees a day before the due date's due time. */
    @POST
    @Path("{id}/reminders")
    @RequiresPermission(TaskPermissions.TASK_WRITE)
    public TaskDto addReminder(@PathParam("id") long id, ReminderInput input) {
        return tasks.addReminder(id, RequestParams.require(input));
    }

    @DELETE
    @Path("{id}/reminders/{reminderId}")
    @RequiresPermission(TaskPermissions.TASK_WRITE)
    public TaskDto removeReminder(@PathParam("id") long id, @PathParam("reminderId") long reminderId) {
        return tasks.removeReminder(id, reminderId);
    }

    /** Runs the reminder check now, or as of {@code ?now=2026-12-09T10:00:00Z} (no body). */
    @POST
    @Path("reminders/run")
    @RequiresPermission(TaskPermissions.BOARD_ADMIN)
    public ReminderRun runReminders(@QueryParam("now") Instant now) {
        return reminders.remind(now == null ? Instant.now() : now);
    }

    /** The body of a move. */
    public record Move(Long columnId, Integer position) {
    }

    /** The body of a comment. */
    public record Comment(String body) {
    }
}
