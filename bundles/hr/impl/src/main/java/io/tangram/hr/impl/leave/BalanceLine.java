package io.tangram.hr.impl.leave;

import java.math.BigDecimal;

/**
 * One employee's balance of one leave type in a leave year, on a day.
 *
 * @param entitled  the yearly entitlement (days per request for per-event types), {@code null} when unlimited
 * @param accrued   days credited this year so far (grants, accruals, carry-over, adjustments);
 *                  {@code null} for types without a yearly balance
 * @param taken     days taken this year, net of restored ones
 * @param available days still available, {@code null} when unlimited
 */
public record BalanceLine(String employee, String employeeName, String department, String leaveType,
                          String leaveTypeName, String leaveTypeNameZh, boolean paid, int year, BigDecimal entitled,
                          BigDecimal accrued, BigDecimal taken, BigDecimal available) {
}
