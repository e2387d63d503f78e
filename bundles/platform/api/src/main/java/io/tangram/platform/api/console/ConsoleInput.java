package io.tangram.platform.api.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** Typed arguments as a clerk types them at the console; a bad one is a validation error naming it. */
public final class ConsoleInput {

    private ConsoleInput() {
    }

    /** A day typed as {@code 2026-10-31}; {@code null} when not typed. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, Text.of("must be a date such as 2026-01-31", "必须是日期，例如 2026-01-31"));
        }
    }

    /** An amount or rate typed as {@code 1130.00} or {@code 0.13}; {@code null} when not typed. */
    public static BigDecimal amount(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, Text.of("must be a number such as 1130.00", "必须是数字，例如 1130.00"));
        }
    }

    /** One of an enum's names, typed in any case and with {@code -} for {@code _}; {@code null} when not typed. */
    public static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ValidationException.of(field, Text.of("must be one of {0}", "必须是以下之一：{0}", allowed));
        }
    }
}
