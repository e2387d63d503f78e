package io.tangram.oa.impl.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * Moments as people type them in a query or at the console: {@code 2026-12-01T14:00} (business time,
 * Asia/Shanghai), {@code 2026-12-01T14:00+08:00} or {@code 2026-12-01T06:00:00Z}; a bad one is a 400
 * naming the field.
 */
public final class Moments {
    private Moments() {
    }

    /** The moment typed, {@code null} when blank. */
    public static Instant parse(String field, String value) {
        return parse(field, value, null);
    }

    /**
     * The moment typed; a bare time such as {@code 15:00} is taken on {@code day} (business time) when
     * one is given.
     */
    public static Instant parse(String field, String value, LocalDate day) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.endsWith("Z") || v.endsWith("z")) {
                return Instant.parse(v.toUpperCase(java.util.Locale.ROOT));
            }
            if (v.length() > 16 && (v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10)) {
                return OffsetDateTime.parse(v).toInstant();
            }
            if (day != null && v.length() <= 8 && v.indexOf('T') < 0) {
                return day.atTime(LocalTime.parse(v)).atZone(RoomService.BUSINESS_ZONE).toInstant();
            }
            return LocalDateTime.parse(v).atZone(RoomService.BUSINESS_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, Text.of("must be a moment such as 2026-12-01T14:00 (Asia/Shanghai)"
                    + " or 2026-12-01T06:00:00Z", "必须是时间，例如 2026-12-01T14:00（北京时间）或 2026-12-01T06:00:00Z"));
        }
    }
}
