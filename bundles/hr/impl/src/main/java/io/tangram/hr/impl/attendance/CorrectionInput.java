package io.tangram.hr.impl.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

/** An employee's correction request: the day, the missed punch's time, {@code IN} or {@code OUT}, and why. */
public record CorrectionInput(LocalDate date, LocalTime time, String direction, String reason) {
}
