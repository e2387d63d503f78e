package io.tangram.oa.impl.document;

import java.time.Instant;
import java.util.List;

/**
 * A document with its current version's file facts.
 *
 * @param currentVersion the version downloads give by default, from 1
 * @param checkedOutBy   who holds the check-out lock, {@code null} when none
 */
public record DocumentDto(long id, long companyId, long folderId, String folderPath, String name, String contentType,
                          int currentVersion, long sizeBytes, String sha256, List<String> tags, DocumentStatus status,
                          String checkedOutBy, Instant checkedOutAt, String createdBy, Instant createdAt,
                          String updatedBy, Instant updatedAt) {

    public DocumentDto {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
