package io.tangram.oa.impl.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An event: its first occurrence from {@code start} to {@code end}, its rule when it repeats and the
 * days of the occurrences that were cancelled.
 */
public record EventDto(long id, long companyId, String title, String location, String description, Instant start,
                       Instant end, String timeZone, String organiser, String room, Recurrence recurrence,
                       List<AttendeeDto> attendees, List<LocalDate> cancelledDates, EventStatus status,
                       Instant createdAt, Instant updatedAt) {

    public EventDto {
        attendees = List.copyOf(attendees);
        cancelledDates = List.copyOf(cancelledDates);
    }
}
