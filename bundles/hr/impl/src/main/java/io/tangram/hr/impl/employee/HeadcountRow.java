package io.tangram.hr.impl.employee;

import java.math.BigDecimal;

/**
 * One department's headcount in one month ({@code departmentCode} {@code null} on the company total).
 *
 * @param month        {@code 2026-03}
 * @param opening      employed at the end of the previous month
 * @param closing      employed at the end of the month: opening + hires − leavers + transfersIn − transfersOut
 * @param turnoverRate leavers / ((opening + closing) / 2) in percent, 2 decimals; {@code null} with nobody employed
 */
public record HeadcountRow(String month, String departmentCode, String departmentName, String departmentNameZh,
                           int opening, int hires, int leavers, int transfersIn, int transfersOut, int closing,
                           BigDecimal turnoverRate) {
}
