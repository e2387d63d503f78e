package io.tangram.hr.impl.employee;

import java.time.LocalDate;

/** Passing probation (转正) on {@code date}, today when left out. */
public record ConfirmInput(LocalDate date, String note) {
}
