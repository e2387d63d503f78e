package io.tangram.oa.api.notification;

/**
 * One notification for one user.
 *
 * @param recipient username
 * @param category  what kind, e.g. {@code approval}, {@code task}, {@code sla}; users filter by it
 * @param titleEn   the title in English
 * @param titleZh   the title in Chinese
 * @param body      more detail, optional
 * @param link      where in the suite it points, e.g. {@code /api/oa/approvals/AP-2026-000007}, optional
 * @param sourceRef what caused it, e.g. the approval reference; makes posting idempotent, optional
 */
public record NotificationInput(long companyId, String recipient, String category, String titleEn, String titleZh,
                                String body, String link, String sourceRef) {
}
