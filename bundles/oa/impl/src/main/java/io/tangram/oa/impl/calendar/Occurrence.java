package io.tangram.oa.impl.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One occurrence of an event in a calendar: {@code date} names it within its event (to cancel it),
 * {@code day} is its start's day in Asia/Shanghai; {@code myStatus} is the calendar owner's answer
 * (the organiser has accepted).
 */
public record Occurrence(long eventId, LocalDate date, LocalDate day, Instant start, Instant end, String title,
                         String location, String organiser, String room, boolean recurring,
                         AttendanceStatus myStatus) {
}
