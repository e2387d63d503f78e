package io.tangram.finance.impl.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** Query parameters as the services want them, bad ones refused naming the parameter. */
final class Params {

    private Params() {
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    /** A year as typed; the current year when not given. */
    static int year(String name, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now().getYear();
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, Text.of("must be a year like 2026", "必须是年份，例如 2026"));
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, Text.of("must be a date like 2026-11-30", "必须是日期，例如 2026-11-30"));
        }
    }

    static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ValidationException.of(name, Text.of("must be one of {0}", "必须是以下之一：{0}", allowed));
        }
    }
}
