package io.tangram.hr.impl.attendance;

import java.time.LocalDate;

/** A public holiday or make-up working day of a company, e.g. {@code 2026-10-01 HOLIDAY National Day 国庆节}. */
public record Holiday(LocalDate date, HolidayKind kind, String name, String nameZh) {
}
