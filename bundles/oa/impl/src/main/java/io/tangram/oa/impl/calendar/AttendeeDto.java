package io.tangram.oa.impl.calendar;

import java.time.Instant;

/** An invited user and their answer. */
public record AttendeeDto(String username, AttendanceStatus status, Instant respondedAt) {
}
