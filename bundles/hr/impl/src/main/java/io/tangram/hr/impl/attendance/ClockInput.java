package io.tangram.hr.impl.attendance;

/** A punch HR enters for an employee: {@code time} as {@code 2026-11-02T08:57} or {@code 2026-11-02 08:57}. */
public record ClockInput(String employee, String time, String device) {
}
