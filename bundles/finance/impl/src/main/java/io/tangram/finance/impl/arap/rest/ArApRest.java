package io.tangram.finance.impl.arap.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;


import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** What the AR/AP resources share: months typed as {@code 2026-11}. */
final class ArApRest {

    private ArApRest() {
    }

    /** A month typed as {@code 2026-11}. */
    static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, Text.of("is required, e.g. 2026-11", "必填，例如 2026-11"));
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, Text.of("must be a month such as 2026-11", "必须是月份，例如 2026-11"));
        }
    }
}
