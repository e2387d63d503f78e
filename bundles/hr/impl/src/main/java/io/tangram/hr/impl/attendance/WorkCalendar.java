package io.tangram.hr.impl.attendance;

import java.time.LocalDate;
import java.util.List;

/**
 * Which days an employee is scheduled to work: their work schedule's weekdays, minus public
 * holidays, plus make-up working days (调休). Leave counts its days with it. Implemented by the
 * attendance schedules, which must not depend on leave.
 */
public interface WorkCalendar {

    /** The employee's working days in [from, to], ascending. */
    List<LocalDate> workdays(long employeeId, LocalDate from, LocalDate to);
}
