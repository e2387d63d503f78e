package io.tangram.masterdata.impl.shell;

import io.tangram.masterdata.api.ImportError;
import io.tangram.masterdata.api.ImportReport;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.karaf.shell.api.console.Session;

/** Runs a command's service call as the console user and prints business errors readably. */
final class Console {

    private Console() {
    }

    /** The call's result, or {@code null} after printing why it was refused. */
    static <T> T call(Session session, Callable<T> work) throws Exception {
        Object user = session == null ? null : session.get("USER");
        PrintStream out = session == null ? System.out : session.getConsole();
        try {
            return CallContext.runAs(Caller.console(user == null ? "unknown" : String.valueOf(user)), work);
        } catch (ValidationException e) {
            out.println(e.getMessage());
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

    static void print(PrintStream out, ImportReport report) {
        out.printf("Rows read: %d, imported: %d, rejected rows' errors: %d%n", report.rowsRead(), report.imported(),
                report.errors().size());
        for (ImportError error : report.errors()) {
            out.printf("  line %d, %s: %s%n", error.line(), error.field(), error.message().in(Locale.ENGLISH));
        }
    }

    static String orEmpty(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
