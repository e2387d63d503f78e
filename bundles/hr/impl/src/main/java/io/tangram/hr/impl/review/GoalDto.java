package io.tangram.hr.impl.review;

import java.math.BigDecimal;

/** One goal of a review with its scores (0–100), {@code null} until given. */
public record GoalDto(long id, int lineNo, String title, String description, String measure, String target,
                      BigDecimal weight, BigDecimal selfScore, BigDecimal managerScore) {
}
