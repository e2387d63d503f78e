package io.tangram.oa.impl.approval.shell;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.platform.api.console.ConsoleCall;

/** What the {@code oa:} approval commands print alike, and their calls run as the console user. */
final class ApprovalLines {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ApprovalLines() {
    }

    static PrintStream out(Session session) {
        return session == null ? System.out : session.getConsole();
    }

    /** The call's result as the console user, or {@code null} after printing the refusal. */
    static <T> T call(Session session, Callable<T> work) throws Exception {
        return ConsoleCall.run(session == null ? null : session.get("USER"), out(session), work);
    }

    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    static void state(PrintStream out, ApprovalState s) {
        out.printf("%s %s %s (%s v%d) requested by %s%n", s.reference(), s.status(),
                s.documentNumber() == null ? s.documentId() : s.documentNumber(), s.processCode(), s.processVersion(),
                s.requester());
        if (s.currentStep() != null) {
            out.printf("  waiting at %s for %s%n", s.currentStep(), String.join(", ", s.waitingFor()));
        } else if (s.decidedBy() != null) {
            out.printf("  decided by %s at %s%s%n", s.decidedBy(), time(s.decidedAt()),
                    s.comment() == null ? "" : ": " + s.comment());
        }
    }
}
