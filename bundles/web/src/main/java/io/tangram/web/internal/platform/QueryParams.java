package io.tangram.web.internal.platform;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** Parses raw query and path parameters, so a malformed one is a 400 naming it, not a 404. */
final class QueryParams {
    private QueryParams() {
    }

    static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, Text.of("must be a whole number", "必须是整数"));
        }
    }

    static long id(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, Text.of("must be a whole number", "必须是整数"));
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, Text.of("must be an ISO-8601 instant such as 2026-01-31T08:00:00Z",
                    "必须是 ISO-8601 时间，例如 2026-01-31T08:00:00Z"));
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
