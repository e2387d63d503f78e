package io.tangram.oa.impl.task;

import java.time.Instant;
import java.util.List;

/** A task board with its members and its columns left to right. */
public record BoardDto(long id, long companyId, String code, String name, String description, List<String> members,
                       List<ColumnDto> columns, String createdBy, Instant createdAt, Instant updatedAt) {

    public BoardDto {
        members = List.copyOf(members);
        columns = List.copyOf(columns);
    }
}
