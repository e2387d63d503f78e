package io.tangram.oa.impl.approval;

import java.time.Instant;

/** One step of a running or decided approval. */
public record StepView(long id, int stepNo, String name, String nameZh, StepMode mode, WorkStatus status, Integer timeoutHours,
                       String escalateTo, boolean escalated, Instant startedAt, Instant completedAt) {
}
