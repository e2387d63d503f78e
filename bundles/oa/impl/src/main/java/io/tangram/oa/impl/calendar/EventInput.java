package io.tangram.oa.impl.calendar;

import java.time.Instant;
import java.util.List;

/**
 * An event as its organiser (the caller) enters it.
 *
 * @param timeZone   where its local time repeats, {@code Asia/Shanghai} when not given
 * @param attendees  usernames invited
 * @param room       code of the meeting room to book for every occurrence, optional
 * @param recurrence how it repeats, {@code null} for a single event
 */
public record EventInput(Long companyId, String title, String location, String description, Instant start,
                         Instant end, String timeZone, List<String> attendees, String room, Recurrence recurrence) {
}
