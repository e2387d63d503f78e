package io.tangram.masterdata.impl.shell;

import io.tangram.masterdata.api.ImportError;
import io.tangram.masterdata.api.ImportReport;
import io.tangram.platform.api.console.ConsoleCall;
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
        PrintStream out = session == null ? System.out : session.getConsole();
        return ConsoleCall.run(session == null ? null : session.get("USER"), out, work);
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
