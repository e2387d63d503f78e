package io.tangram.oa.impl.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task on a board: its column ({@code position} 0 is the top) and, once moved into a done column,
 * when it was completed.
 */
public record TaskDto(long id, long companyId, long boardId, String boardCode, long columnId, String columnEn,
                      String columnZh, int position, String title, String description, List<String> assignees,
                      LocalDate due, TaskPriority priority, String sourceRef, Instant completedAt,
                      List<ReminderDto> reminders, String createdBy, Instant createdAt, Instant updatedAt) {

    public TaskDto {
        assignees = List.copyOf(assignees);
        reminders = List.copyOf(reminders);
    }
}
