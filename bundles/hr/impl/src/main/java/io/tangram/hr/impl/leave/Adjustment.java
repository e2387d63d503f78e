package io.tangram.hr.impl.leave;

import java.math.BigDecimal;

/**
 * A manual correction of a balance, e.g. leave granted by a collective agreement or a migration
 * from an old system.
 *
 * @param days positive to credit, negative to debit
 * @param year leave year; the current one when {@code null}
 */
public record Adjustment(Long companyId, String employee, String leaveType, BigDecimal days, Integer year,
                         String reason) {
}
