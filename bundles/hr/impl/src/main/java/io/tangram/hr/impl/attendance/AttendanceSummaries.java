package io.tangram.hr.impl.attendance;

import java.time.YearMonth;

/** Monthly attendance for payroll and reports, computed from schedules, clock records and leave. */
public interface AttendanceSummaries {

    /** The month's attendance of one employee, computing any day not yet computed. */
    MonthlyAttendance summary(long employeeId, YearMonth month);
}
