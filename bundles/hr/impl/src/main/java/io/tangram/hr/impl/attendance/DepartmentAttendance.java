package io.tangram.hr.impl.attendance;

import java.math.BigDecimal;

/** A department's totals of the month in the attendance report. */
public record DepartmentAttendance(String departmentCode, String departmentName, int headcount, BigDecimal workdays,
                                   BigDecimal presentDays, BigDecimal absentDays, BigDecimal paidLeaveDays,
                                   BigDecimal unpaidLeaveDays, int lateCount, int earlyLeaveCount,
                                   BigDecimal overtimeHours) {
}
