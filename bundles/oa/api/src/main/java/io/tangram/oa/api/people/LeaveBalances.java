package io.tangram.oa.api.people;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Leave balances, provided by the HR module when it is installed. OA checks a leave request
 * against it before submitting; without it OA records on the request that no balance was checked.
 */
@ConsumerType
public interface LeaveBalances {

    /**
     * The balance of one leave type for one employee on a date.
     *
     * @param leaveType e.g. {@code ANNUAL}, {@code SICK}
     */
    LeaveBalance balance(long companyId, String username, String leaveType, LocalDate on);

    /**
     * One employee's balance of one leave type.
     *
     * @param known     {@code false} when HR has no such employee or leave type (nothing to check against)
     * @param available days still available; {@code null} for types without a limit
     */
    record LeaveBalance(boolean known, BigDecimal available) {
    }
}
