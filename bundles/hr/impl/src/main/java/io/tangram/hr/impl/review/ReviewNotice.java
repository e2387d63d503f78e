package io.tangram.hr.impl.review;

import java.time.Instant;

/**
 * A notification of a review: sent through OA, or skipped or refused and why.
 *
 * @param kind    {@code CYCLE_OPENED} or {@code MANAGER_SCORED}
 * @param outcome {@code SENT}, {@code SKIPPED} or {@code FAILED}
 */
public record ReviewNotice(String kind, String recipient, String outcome, String noteEn, String noteZh, Instant at) {
}
