package io.tangram.oa.impl.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as a clerk enters or changes it.
 *
 * @param assignees usernames, one or more, optional
 * @param priority  {@link TaskPriority#NORMAL} when not given
 * @param columnId  where a new task goes, the board's first column when not given; ignored on a change
 *                  (move the task instead)
 */
public record TaskFields(String title, String description, List<String> assignees, LocalDate due,
                         TaskPriority priority, Long columnId) {
}
