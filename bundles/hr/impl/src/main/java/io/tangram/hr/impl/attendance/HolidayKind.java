package io.tangram.hr.impl.attendance;

/** What a marked date is for a company. */
public enum HolidayKind {
    /** A public holiday: no work, although a working weekday (法定节假日). */
    HOLIDAY,
    /** A make-up working day: work, although a rest day of the schedule (调休上班). */
    WORKDAY
}
