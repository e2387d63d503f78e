package io.tangram.oa.impl.approval;

import java.time.Instant;
import java.util.List;

/** One saved version of a process definition, unchanged since. */
public record ProcessVersionDto(int version, String documentType, String name, String nameZh, List<ProcessStep> steps,
                                String savedBy, Instant savedAt) {
}
