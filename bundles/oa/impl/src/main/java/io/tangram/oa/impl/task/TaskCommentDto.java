package io.tangram.oa.impl.task;

import java.time.Instant;

/** A comment on a task, oldest first. */
public record TaskCommentDto(long id, long taskId, String author, String body, Instant createdAt) {
}
