package io.tangram.platform.api.console;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/**
 * Runs a console command's service call as the console user, so it is permission-checked and audited
 * like a REST call, and prints a business refusal in English and Chinese instead of a stack trace.
 */
public final class ConsoleCall {

    private ConsoleCall() {
    }

    /**
     * The call's result, or {@code null} after printing why it was refused.
     *
     * @param user the console session's user, {@code null} when unknown
     */
    public static <T> T run(Object user, PrintStream out, Callable<T> work) throws Exception {
        try {
            return CallContext.runAs(Caller.console(user == null ? "unknown" : String.valueOf(user)), work);
        } catch (ValidationException e) {
            out.println(e.text().in(Locale.ENGLISH) + " / " + e.text().in(Locale.SIMPLIFIED_CHINESE));
            for (FieldError error : e.errors()) {
                out.println("  " + error.field() + ": " + error.message().in(Locale.ENGLISH) + " / "
                        + error.message().in(Locale.SIMPLIFIED_CHINESE));
            }
            return null;
        } catch (TangramException e) {
            out.println(e.text().in(Locale.ENGLISH) + " / " + e.text().in(Locale.SIMPLIFIED_CHINESE));
            return null;
        }
    }
}
