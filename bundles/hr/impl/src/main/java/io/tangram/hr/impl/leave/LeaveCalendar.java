package io.tangram.hr.impl.leave;

import java.time.LocalDate;
import java.util.List;

/** Approved, not cancelled leave by working day, for attendance's daily results. */
public interface LeaveCalendar {

    /** The employee's approved leave days in [from, to], ascending. */
    List<LeaveDay> approvedLeave(long employeeId, LocalDate from, LocalDate to);
}
