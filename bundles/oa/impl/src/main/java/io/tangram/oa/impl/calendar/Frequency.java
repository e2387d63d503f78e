package io.tangram.oa.impl.calendar;

/** How often a recurring event repeats. */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY
}
