package io.tangram.oa.impl.document;

import java.time.Instant;

/** One upload of a document: who, when, what file and why. */
public record DocumentVersionDto(long documentId, int version, String fileName, String contentType, long sizeBytes,
                                 String sha256, String comment, String createdBy, Instant createdAt) {
}
