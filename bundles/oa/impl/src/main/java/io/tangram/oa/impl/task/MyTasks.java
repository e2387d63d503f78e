package io.tangram.oa.impl.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A user's open tasks across every board, as of {@code today} in the business time zone: overdue
 * (due before today), due soon (due today up to {@code dueSoonDays} ahead) and the rest, each by due
 * date (tasks without one last), then priority.
 */
public record MyTasks(String user, LocalDate today, int dueSoonDays, List<TaskDto> overdue, List<TaskDto> dueSoon,
                      List<TaskDto> later) {

    public MyTasks {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        later = List.copyOf(later);
    }
}
