package io.tangram.hr.impl.leave.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.platform.api.console.ConsoleCall;

/** What the leave commands share: output to the session, calls run as the console user through {@link ConsoleCall}. */
final class LeaveConsole {
    private final Session session;

    LeaveConsole(Session session) {
        this.session = session;
    }

    PrintStream out() {
        return session == null ? System.out : session.getConsole();
    }

    <T> T call(Callable<T> work) throws Exception {
        return ConsoleCall.run(session == null ? null : session.get("USER"), out(), work);
    }

    /** Days as a clerk reads them: {@code 2.5}, {@code -} when there is no limit. */
    static String days(BigDecimal days) {
        return days == null ? "-" : days.stripTrailingZeros().toPlainString();
    }
}
