package io.tangram.hr.impl.review;

import java.math.BigDecimal;

/**
 * One rating of a cycle: a final score at or above {@code minScore} gets {@code rating}.
 *
 * @param rating   e.g. {@code A}
 * @param minScore 0–100; the lowest band starts at 0
 */
public record RatingBand(String rating, BigDecimal minScore) {
}
