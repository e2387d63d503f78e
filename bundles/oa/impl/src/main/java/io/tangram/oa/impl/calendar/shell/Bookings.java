package io.tangram.oa.impl.calendar.shell;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import io.tangram.oa.impl.calendar.RoomService;

/** How the room commands print a time: {@code HH:mm} in the business time zone. */
final class Bookings {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(RoomService.BUSINESS_ZONE);

    private Bookings() {
    }

    static String time(Instant at) {
        return HOUR.format(at);
    }
}
