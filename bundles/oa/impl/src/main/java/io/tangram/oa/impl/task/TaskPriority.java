package io.tangram.oa.impl.task;

/** How urgent a task is; lists show the most urgent first. */
public enum TaskPriority {
    URGENT, HIGH, NORMAL, LOW
}
