package io.tangram.oa.impl.calendar;

/** An attendee's answer to an invitation. */
public enum AttendanceStatus {
    INVITED, ACCEPTED, DECLINED, TENTATIVE
}
