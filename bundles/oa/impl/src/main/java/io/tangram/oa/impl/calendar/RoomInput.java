package io.tangram.oa.impl.calendar;

import java.util.List;

/**
 * A meeting room as an admin enters it.
 *
 * @param code      e.g. {@code 3F-A}; fixed once created
 * @param equipment e.g. {@code projector}, {@code video}, {@code whiteboard} (kept in lower case)
 * @param active    {@code false} takes it out of service; {@code true} when not given
 */
public record RoomInput(Long companyId, String code, String name, String location, Integer capacity,
                        List<String> equipment, Boolean active) {
}
