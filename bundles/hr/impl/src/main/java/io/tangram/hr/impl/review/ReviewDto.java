package io.tangram.hr.impl.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One employee's review in one cycle with its goals, totals and notifications.
 *
 * @param weightTotal  sum of the goal weights (100 to submit)
 * @param selfTotal    weighted self score, 2 decimals
 * @param managerTotal weighted manager score, 2 decimals
 * @param finalScore   the manager total, or HR's calibrated score
 * @param rating       from the cycle's bands by the final score
 */
public record ReviewDto(long id, long companyId, long cycleId, String cycleName, String cycleNameZh,
                        CycleStatus cycleStatus, long employeeId, String employeeNumber, String employeeName,
                        String departmentCode, ReviewStatus status, List<GoalDto> goals, BigDecimal weightTotal,
                        BigDecimal selfTotal, BigDecimal managerTotal, String managerScoredBy, BigDecimal finalScore,
                        String rating, boolean calibrated, String calibrationReason, String calibratedBy,
                        List<ReviewNotice> notices, Instant updatedAt) {
}
