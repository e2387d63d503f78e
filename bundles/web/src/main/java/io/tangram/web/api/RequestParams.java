package io.tangram.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import javax.ws.rs.core.Response;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.PageRequest;

/**
 * What every module's REST resources read the same way: typed query dates and choices, a required
 * body, a page, and the 201 answer. Bad values become a 400 naming the parameter.
 */
public final class RequestParams {
    private RequestParams() {
    }

    /** A date typed as {@code 2026-11-30}; {@code null} when blank. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, Text.of("must be a date like 2026-11-30", "必须是日期，例如 2026-11-30"));
        }
    }

    /** A month typed as {@code 2026-11}, {@code null} when blank; else a 400 naming {@code name}. */
    public static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, Text.of("must be a month like 2026-11", "必须是月份，例如 2026-11"));
        }
    }

    /** An enum constant typed by name (any case); {@code null} when blank. */
    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(name, Text.of("must be one of {0}", "必须是 {0} 之一",
                    java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

    /** The request body, or a 400 naming {@code body} when it is missing. */
    public static <T> T require(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }

    /** Rows {@code offset} onwards, {@code limit} of them (50 by default, at most 500). */
    public static PageRequest page(Integer offset, Integer limit) {
        return PageRequest.of(offset, limit);
    }

    /** A 201 answer carrying what was created. */
    public static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
