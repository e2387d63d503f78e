package io.tangram.oa.impl.approval;

import java.time.Instant;
import java.util.List;

/**
 * A process definition with its current version's steps; {@code versions} lists every saved version
 * (newest first) when one process is read, and is empty in lists.
 */
public record ProcessDto(long companyId, String code, String documentType, String name, String nameZh, boolean active,
                         int version, List<ProcessStep> steps, Instant updatedAt, List<ProcessVersionDto> versions) {
}
