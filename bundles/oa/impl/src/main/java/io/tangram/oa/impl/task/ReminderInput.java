package io.tangram.oa.impl.task;

/** "Remind 2 DAYS before due". */
public record ReminderInput(Integer amount, ReminderUnit unit) {
}
