package io.tangram.oa.impl.calendar;

/** A booking holds its room until cancelled. */
public enum BookingStatus {
    BOOKED, CANCELLED
}
