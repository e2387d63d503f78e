package io.tangram.oa.impl.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A room booking. {@code eventId} and {@code occurrenceDate} say which event's occurrence booked it;
 * {@code day} is its start's day in the business time zone.
 */
public record BookingDto(long id, String room, String roomName, LocalDate day, Instant start, Instant end,
                         String title, String bookedBy, int attendees, Long eventId, LocalDate occurrenceDate,
                         BookingStatus status, String cancelledBy, Instant cancelledAt, Instant createdAt) {
}
