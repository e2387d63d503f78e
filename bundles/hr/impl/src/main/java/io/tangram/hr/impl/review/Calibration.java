package io.tangram.hr.impl.review;

import java.math.BigDecimal;

/** HR's calibrated final score (0–100) of a review and why. */
public record Calibration(BigDecimal finalScore, String reason) {
}
