package io.tangram.crm.impl.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The arithmetic of reminder rules: a follow-up is due {@code days} calendar days after the day of
 * its trigger (the activity's day, the day the quote was sent, else the day the event happened),
 * and its subject is the rule's template with the trigger's values filled in.
 */
final class Reminders {
    static final int SUBJECT_LENGTH = 200;

    private Reminders() {
    }

    /** The trigger's own day when the event says it, else the day the event happened in {@code zone}. */
    static LocalDate triggerDay(LocalDate stated, Instant occurredAt, ZoneId zone) {
        return stated != null ? stated : LocalDate.ofInstant(occurredAt, zone);
    }

    static LocalDate dueOn(LocalDate triggerDay, int days) {
        return triggerDay.plusDays(days);
    }

    /** {@code "Call back about {number}"} with {@code number=Q-2026-000007} → {@code "Call back about Q-2026-000007"}. */
    static String subject(String template, Map<String, String> values) {
        String subject = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            subject = subject.replace("{" + v.getKey() + "}", v.getValue() == null ? "" : v.getValue());
        }
        subject = subject.strip();
        return subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
    }
}
