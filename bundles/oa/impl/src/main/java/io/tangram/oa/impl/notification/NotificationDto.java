package io.tangram.oa.impl.notification;

import java.time.Instant;

/** One notification in a user's inbox; {@code readAt} is {@code null} while unread. */
public record NotificationDto(long id, long companyId, String recipient, String category, String titleEn,
                              String titleZh, String body, String link, String sourceRef, Instant createdAt,
                              Instant readAt) {
}
