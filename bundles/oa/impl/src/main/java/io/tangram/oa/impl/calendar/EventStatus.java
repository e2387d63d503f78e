package io.tangram.oa.impl.calendar;

/** Whether an event still takes place. */
public enum EventStatus {
    ACTIVE, CANCELLED
}
