package io.tangram.hr.impl.attendance;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One employee's attendance for one month, as payroll and reports use it. Days are decimals
 * because leave and absence come in half days.
 *
 * @param workdays        scheduled working days while employed in the month
 * @param presentDays     working days with attendance
 * @param absentDays      working days with neither attendance nor approved leave (旷工)
 * @param paidLeaveDays   approved leave on working days of a paid leave type
 * @param unpaidLeaveDays approved leave on working days of an unpaid type (e.g. personal leave 事假)
 * @param overtimeHours   approved overtime, workday and rest-day together
 */
public record MonthlyAttendance(long employeeId, YearMonth month, BigDecimal workdays, BigDecimal presentDays,
                                BigDecimal absentDays, BigDecimal paidLeaveDays, BigDecimal unpaidLeaveDays,
                                int lateCount, int earlyLeaveCount, BigDecimal overtimeHours) {
}
