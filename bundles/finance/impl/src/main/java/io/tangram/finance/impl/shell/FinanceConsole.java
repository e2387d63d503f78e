package io.tangram.finance.impl.shell;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/**
 * What every {@code finance:} command shares: it runs the service call as the console user and prints
 * a refusal in both languages instead of a stack trace.
 */
final class FinanceConsole {
    private final Session session;

    FinanceConsole(Session session) {
        this.session = session;
    }

    PrintStream out() {
        return session == null ? System.out : session.getConsole();
    }

    /** The call's result, or {@code null} after printing why it was refused. */
    <T> T call(Callable<T> work) throws Exception {
        Object user = session == null ? null : session.get("USER");
        try {
            return CallContext.runAs(Caller.console(user == null ? "unknown" : String.valueOf(user)), work);
        } catch (ValidationException e) {
            out().println(e.text().in(Locale.ENGLISH) + " / " + e.text().in(Locale.SIMPLIFIED_CHINESE));
            for (FieldError error : e.errors()) {
                out().println("  " + error.field() + ": " + error.message().in(Locale.ENGLISH) + " / "
                        + error.message().in(Locale.SIMPLIFIED_CHINESE));
            }
            return null;
        } catch (TangramException e) {
            out().println(e.text().in(Locale.ENGLISH) + " / " + e.text().in(Locale.SIMPLIFIED_CHINESE));
            return null;
        }
    }

    /** One of an enum's names, typed in any case; {@code null} when not typed. */
    static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
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

    static String orEmpty(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
