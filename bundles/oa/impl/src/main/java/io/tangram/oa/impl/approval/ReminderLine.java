package io.tangram.oa.impl.approval;

/** A task the reminder check reminded; {@code escalatedTo} whom it added to the step, {@code null} if no one. */
public record ReminderLine(String reference, String step, String assignee, String escalatedTo) {
}
