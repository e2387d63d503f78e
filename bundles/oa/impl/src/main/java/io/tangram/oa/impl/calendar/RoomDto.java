package io.tangram.oa.impl.calendar;

import java.util.List;

/** A meeting room. */
public record RoomDto(long id, long companyId, String code, String name, String location, int capacity,
                      List<String> equipment, boolean active) {

    public RoomDto {
        equipment = List.copyOf(equipment);
    }
}
