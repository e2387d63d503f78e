package io.tangram.oa.impl.document;

import java.time.Instant;

/**
 * A folder as the caller sees it.
 *
 * @param parentId {@code null} for a top-level folder
 * @param path     the names from the top, e.g. {@code Contracts/2026}
 * @param access   what the caller may do here (grants of this folder and its parents)
 */
public record FolderDto(long id, long companyId, Long parentId, String name, String path, AccessLevel access,
                        String createdBy, Instant createdAt) {
}
