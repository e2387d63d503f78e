package io.tangram.oa.impl.task;

import java.time.Instant;
import java.util.List;

import io.tangram.platform.api.i18n.Text;

/**
 * One round of the reminder check: the notices sent now, and how many were due but not sent
 * ({@code skipped}) with the reason in {@code note} (no notification inbox installed).
 */
public record ReminderRun(Instant checkedAt, List<Sent> sent, int skipped, Text note) {

    public ReminderRun {
        sent = List.copyOf(sent);
    }

    /** One notice: the task, whom it went to, and the reminder that fired. */
    public record Sent(long taskId, String title, String recipient, long reminderId, Instant remindAt) {
    }
}
