package io.tangram.hr.impl.attendance;

/**
 * A stored punch and the day it belongs to, recomputed with it.
 *
 * @param duplicate the same employee already had a punch in that minute: nothing new was stored
 */
public record ClockResult(ClockRecord record, boolean duplicate, AttendanceDay day) {
}
