package io.tangram.hr.impl.employee;

import java.time.LocalDate;

/** Leaving: the last working day and why. */
public record ResignInput(LocalDate leaveDate, String reason) {
}
