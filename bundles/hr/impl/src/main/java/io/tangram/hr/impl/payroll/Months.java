package io.tangram.hr.impl.payroll;

import java.time.YearMonth;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.web.api.RequestParams;

/** Payroll months as typed ({@code 2026-11}). */
public final class Months {

    private Months() {
    }

    /** The month typed in {@code field}, or a 400 naming it; {@code null} when blank. */
    public static YearMonth parse(String field, String value) {
        return RequestParams.month(field, value);
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
