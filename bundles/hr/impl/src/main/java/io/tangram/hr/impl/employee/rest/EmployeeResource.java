package io.tangram.hr.impl.employee.rest;

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

import io.tangram.hr.impl.HrApplication;
import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.employee.ChecklistItemDto;
import io.tangram.hr.impl.employee.ConfirmInput;
import io.tangram.hr.impl.employee.EmployeeDto;
import io.tangram.hr.impl.employee.EmployeeInput;
import io.tangram.hr.impl.employee.EmployeePermissions;
import io.tangram.hr.impl.employee.EmployeeQuery;
import io.tangram.hr.impl.employee.EmployeeService;
import io.tangram.hr.impl.employee.EmployeeStatus;
import io.tangram.hr.impl.employee.IntegrationDto;
import io.tangram.hr.impl.employee.LifecycleEventDto;
import io.tangram.hr.impl.employee.OnboardingResult;
import io.tangram.hr.impl.employee.PersonalDto;
import io.tangram.hr.impl.employee.PersonalInput;
import io.tangram.hr.impl.employee.ReminderRun;
import io.tangram.hr.impl.employee.ReminderService;
import io.tangram.hr.impl.employee.ResignInput;
import io.tangram.hr.impl.employee.TransferInput;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/employees}: job data (never salary, bank account, ID number or address), the
 * lifecycle steps, checklists, integration record and reminders; {@code /{number}/personal} holds
 * the sensitive fields (it admits {@code hr.self.service}; the service then lets through
 * {@code hr.employee.sensitive} or the employee themself and refuses everyone else with 403).
 */
@Component(service = EmployeeResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("employees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmployeeResource {

    private final EmployeeService employees;
    private final ReminderService reminders;

    @Activate
    public EmployeeResource(@Reference EmployeeService employees, @Reference ReminderService reminders) {
        this.employees = employees;
        this.reminders = reminders;
    }

    /** By number; {@code q} matches number, name or user name. */
    @GET
    @RequiresPermission(EmployeePermissions.EMPLOYEE_READ)
    public Page<EmployeeDto> search(@QueryParam("companyId") Long companyId, @QueryParam("q") String q,
                                    @QueryParam("department") String department, @QueryParam("status") String status,
                                    @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return employees.search(company(companyId), new EmployeeQuery(q, department,
                RequestParams.choice("status", status, EmployeeStatus.class)), RequestParams.page(offset, limit));
    }

    /** Hires someone (status ONBOARDING); the number is taken from EMP-YYYY-NNNNNN when not given. */
    @POST
    @RequiresPermission(EmployeePermissions.EMPLOYEE_MANAGE)
    public Response create(EmployeeInput input) {
        return RequestParams.created(employees.create(RequestParams.require(input)));
    }

    @GET
    @Path("me")
    @RequiresPermission(SelfServicePermissions.SELF)
    public EmployeeDto me(@QueryParam("companyId") Long companyId) {
        return employees.me(company(companyId));
    }

    /** Runs the contract and probation reminder check now ({@code ?today=2026-03-02} to run as of a day). */
    @POST
    @Path("reminders")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_MANAGE)
    public ReminderRun reminders(@QueryParam("companyId") Long companyId, @QueryParam("today") String today) {
        return reminders.run(company(companyId), RequestParams.date("today", today));
    }

    @GET
    @Path("{number}")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_READ)
    public EmployeeDto get(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return employees.get(company(companyId), number);
    }

    @PUT
    @Path("{number}")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_MANAGE)
    public EmployeeDto update(@PathParam("number") String number, EmployeeInput input) {
        EmployeeInput in = RequestParams.require(input);
        return employees.update(company(in.companyId()), number, in);
    }

    @GET
    @Path("{number}/personal")
    @RequiresPermission(SelfServicePermissions.SELF)
    public PersonalDto personal(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return employees.personal(company(companyId), number);
    }

    @PUT
    @Path("{number}/personal")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_SENSITIVE)
    public PersonalDto updatePersonal(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                                      PersonalInput input) {
        return employees.updatePersonal(company(companyId), number, RequestParams.require(input));
    }

    /** Creates or links the user account, moves to PROBATION or REGULAR, creates the onboarding checklist. */
    @POST
    @Path("{number}/onboard")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_MANAGE)
    public OnboardingResult onboard(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return employees.onboard(company(companyId), number);
    }

    /** {@code {"date": "2026-06-01"}}: probation passed. */
    @POST
    @Path("{number}/confirm")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_MANAGE)
    public EmployeeDto confirm(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                               ConfirmInput input) {
        return employees.confirm(company(companyId), number, input);
    }

    @POST
    @Path("{number}/transfer")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_MANAGE)
    public EmployeeDto transfer(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                                TransferInput input) {
        return employees.transfer(company(companyId), number, RequestParams.require(input));
    }

    /** {@code {"leaveDate": "2026-04-30", "reason": "…"}}: RESIGNED, offboarding checklist, user disabled. */
    @POST
    @Path("{number}/resign")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_MANAGE)
    public EmployeeDto resign(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                              ResignInput input) {
        return employees.resign(company(companyId), number, RequestParams.require(input));
    }

    @GET
    @Path("{number}/history")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_READ)
    public List<LifecycleEventDto> history(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return employees.history(company(companyId), number);
    }

    @GET
    @Path("{number}/checklist")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_READ)
    public List<ChecklistItemDto> checklist(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return employees.checklist(company(companyId), number);
    }

    /** Ticks off an item; HR, or the item's assignee with {@code hr.self.service}. */
    @POST
    @Path("{number}/checklist/{itemId}/done")
    @RequiresPermission(SelfServicePermissions.SELF)
    public ChecklistItemDto done(@PathParam("number") String number, @PathParam("itemId") long itemId,
                                 @QueryParam("companyId") Long companyId) {
        return employees.completeItem(company(companyId), number, itemId);
    }

    @GET
    @Path("{number}/integrations")
    @RequiresPermission(EmployeePermissions.EMPLOYEE_READ)
    public List<IntegrationDto> integrations(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return employees.integrations(company(companyId), number);
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }
}
