package io.tangram.oa.api.task;

import java.time.LocalDate;

/**
 * A task another module asks for.
 *
 * @param board     code of the board, e.g. {@code onboarding}; created with default columns if missing
 * @param assignee  username, optional
 * @param due       due date, optional
 * @param sourceRef the document that asked for it, e.g. {@code EMP-0042:laptop}; keeps it unique, optional
 */
public record TaskInput(long companyId, String board, String title, String description, String assignee,
                        LocalDate due, String sourceRef) {
}
