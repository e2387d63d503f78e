package io.tangram.oa.impl.task;

import java.time.Instant;

/** "Remind {@code amount} {@code unit} before due", and when that is for the task's current due date. */
public record ReminderDto(long id, int amount, ReminderUnit unit, Instant remindAt) {
}
