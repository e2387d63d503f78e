package io.tangram.oa.impl.document;

import java.time.Instant;

/** Access to a folder and its subfolders for a user, a role or a department. */
public record GrantDto(long folderId, GranteeType granteeType, String grantee, AccessLevel level, String grantedBy,
                       Instant grantedAt) {
}
