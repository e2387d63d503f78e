package io.tangram.hr.impl.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an employee's review history: the cycle, the final score and the rating. */
public record ReviewSummary(long id, long cycleId, String cycleName, String cycleNameZh, LocalDate periodFrom,
                            LocalDate periodTo, CycleStatus cycleStatus, String employeeNumber, String employeeName,
                            ReviewStatus status, BigDecimal finalScore, String rating) {
}
