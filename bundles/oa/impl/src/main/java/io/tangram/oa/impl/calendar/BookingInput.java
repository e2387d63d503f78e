package io.tangram.oa.impl.calendar;

import java.time.Instant;

/** A booking of a room from {@code start} to {@code end} for {@code attendees} people (1 when not given). */
public record BookingInput(Instant start, Instant end, String title, Integer attendees) {
}
