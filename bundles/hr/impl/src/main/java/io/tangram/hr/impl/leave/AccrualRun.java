package io.tangram.hr.impl.leave;

import java.math.BigDecimal;

/**
 * What an accrual run for one month did.
 *
 * @param annualAccrual how statutory annual leave accrued: {@code MONTHLY} or {@code ANNUAL}
 * @param employees     employees employed at the month's end
 * @param entries       ledger entries written now (accruals, grants, carry-over and expiry)
 * @param days          days credited by accruals and grants
 * @param alreadyDone   employee/type pairs this month had accrued before (an earlier run)
 */
public record AccrualRun(long companyId, String period, String annualAccrual, int employees, int entries,
                         BigDecimal days, int alreadyDone) {
}
