package io.tangram.oa.impl.document;

import java.nio.file.Path;

/** One stored version's file, ready to send: its name, type and where it is on disk. */
public record DocumentFile(long documentId, int version, String fileName, String contentType, long sizeBytes,
                           String sha256, Path path) {
}
