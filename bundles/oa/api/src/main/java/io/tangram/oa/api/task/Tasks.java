package io.tangram.oa.api.task;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates tasks on OA's boards for other modules, e.g. HR's onboarding checklist. Reference it
 * {@code OPTIONAL} and {@code DYNAMIC} and record what was skipped while OA is absent.
 */
@ProviderType
public interface Tasks {

    /**
     * Adds a task to the "to do" column of a board, creating the board on first use. A task with the
     * same {@code sourceRef} on the same board is not added twice.
     *
     * @return the task's id
     * @throws io.tangram.platform.api.error.ValidationException naming each bad field
     */
    long create(TaskInput task);
}
