package io.tangram.hr.api.employee;

/**
 * Durable events HR publishes to the platform outbox about an employee's lifecycle. Payload:
 * {@code number, username, name, department, position, date} (ISO date of the event).
 */
public final class EmployeeTopics {

    /** An employee was onboarded (user account created when the platform allowed it). */
    public static final String EMPLOYEE_ONBOARDED = "tangram/hr/EmployeeOnboarded";

    /** An employee moved to another department or position; payload adds {@code fromDepartment}. */
    public static final String EMPLOYEE_TRANSFERRED = "tangram/hr/EmployeeTransferred";

    /** An employee left; the user account is disabled. */
    public static final String EMPLOYEE_LEFT = "tangram/hr/EmployeeLeft";

    private EmployeeTopics() {
    }
}
