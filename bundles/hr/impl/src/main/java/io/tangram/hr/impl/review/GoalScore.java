package io.tangram.hr.impl.review;

import java.math.BigDecimal;

/** A score of 0–100 for one goal, by its id. */
public record GoalScore(Long goalId, BigDecimal score) {
}
