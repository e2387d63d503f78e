package io.tangram.web.internal.params;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * Converts typed query, path, header and form parameters so that a malformed value ({@code ?limit=x},
 * {@code /parties/abc}, {@code ?role=NOBODY}) is a 400 problem naming the parameter, not the 404 JAX-RS
 * answers by default. It throws {@link ValidationException}, which is not an {@link IllegalArgumentException},
 * so the runtime passes it to the exception mappers instead of turning it into "not found".
 */
public class TypedParameters implements ParamConverterProvider {

    private static final Text WHOLE_NUMBER = Text.of("must be a whole number", "必须是整数");

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        boolean primitive = rawType.isPrimitive();
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, primitive, Integer::valueOf, WHOLE_NUMBER);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, primitive, Long::valueOf, WHOLE_NUMBER);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, primitive, TypedParameters::strictBoolean,
                    Text.of("must be true or false", "必须是 true 或 false"));
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) converter(name, false, BigDecimal::new,
                    Text.of("must be a decimal number such as 12.50", "必须是数字，例如 12.50"));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, false, LocalDate::parse,
                    Text.of("must be a date such as 2026-01-31", "必须是日期，例如 2026-01-31"));
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, false, Instant::parse,
                    Text.of("must be an ISO-8601 instant such as 2026-01-31T08:00:00Z",
                            "必须是 ISO-8601 时间，例如 2026-01-31T08:00:00Z"));
        }
        if (rawType.isEnum()) {
            return enumConverter(name, (Class) rawType);
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return converter(name, false, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_')),
                Text.of("must be one of {0}", "必须是以下之一：{0}", allowed));
    }

    private static Boolean strictBoolean(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(value)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(value);
    }

    private static <T> ParamConverter<T> converter(String name, boolean required, Function<String, T> parse,
                                                   Text expected) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    if (required) {
                        throw ValidationException.of(name, expected);
                    }
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                    throw ValidationException.of(name, expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
            if (annotation instanceof FormParam f) {
                return f.value();
            }
            if (annotation instanceof MatrixParam m) {
                return m.value();
            }
            if (annotation instanceof CookieParam c) {
                return c.value();
            }
        }
        return null;
    }
}
