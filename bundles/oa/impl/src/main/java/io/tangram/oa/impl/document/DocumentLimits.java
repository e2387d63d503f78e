package io.tangram.oa.impl.document;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;

/**
 * The document store's settings in force.
 *
 * @param storageDirectory where the files are kept
 * @param maxFileSizeMb    the largest file accepted, in MB (1 MB = 1,048,576 bytes)
 * @param allowedTypes     the file extensions accepted, lower case without the dot
 * @param zone             the time zone times are told in, e.g. who checked a document out since when
 */
public record DocumentLimits(Path storageDirectory, int maxFileSizeMb, Set<String> allowedTypes, ZoneId zone) {

    public DocumentLimits {
        allowedTypes = Set.copyOf(allowedTypes);
    }

    public long maxBytes() {
        return maxFileSizeMb * 1024L * 1024L;
    }
}
