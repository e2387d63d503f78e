package io.tangram.hr.impl.review;

import java.math.BigDecimal;

/**
 * One goal (KPI) of a review.
 *
 * @param measure how achievement is measured, e.g. "on-time delivery rate"
 * @param target  what counts as achieved, e.g. "≥ 98 %"
 * @param weight  percent of the review, more than 0 and at most 100
 */
public record GoalInput(String title, String description, String measure, String target, BigDecimal weight) {
}
