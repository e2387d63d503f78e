package io.tangram.hr.impl.payroll;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** Payroll months as typed ({@code 2026-11}). */
public final class Months {

    private Months() {
    }

    /** The month typed in {@code field}, or a 400 naming it; {@code null} when blank. */
    public static YearMonth parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, Text.of("must be a month like 2026-11", "必须是月份，例如 2026-11"));
        }
    }

    /** The month typed in {@code field}, required. */
    public static YearMonth required(String field, String value) {
        YearMonth month = parse(field, value);
        if (month == null) {
            throw ValidationException.of(field, Text.of("is required", "必填"));
        }
        return month;
    }
}
