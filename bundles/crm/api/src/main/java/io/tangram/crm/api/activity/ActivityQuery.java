package io.tangram.crm.api.activity;

import java.time.LocalDate;

/** Filters of an activity search; {@code null} means any. {@code from} and {@code to} are inclusive days. */
public record ActivityQuery(RelatedTo relatedTo, Long relatedId, ActivityType type, String user, LocalDate from,
                            LocalDate to) {
}
