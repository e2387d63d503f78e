package io.tangram.oa.impl.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A notice; {@code readAt} is when the caller first opened it, {@code null} if never. */
public record NoticeDto(long id, long companyId, String titleEn, String titleZh, String bodyEn, String bodyZh,
                        boolean everyone, List<String> roles, List<String> departments, boolean pinned,
                        LocalDate expiresOn, NoticeStatus status, Instant publishedAt, String publishedBy,
                        String createdBy, Instant createdAt, Instant updatedAt, Instant readAt) {

    public NoticeDto {
        roles = roles == null ? List.of() : List.copyOf(roles);
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
