package io.tangram.hr.impl.payroll.shell;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.payroll.PayrollRun;
import io.tangram.platform.api.console.ConsoleCall;

/** How the payroll commands print and call: as the console user, refusals in English and Chinese. */
final class PayrollLines {

    private PayrollLines() {
    }

    static PrintStream out(Session session) {
        return session == null ? System.out : session.getConsole();
    }

    static <T> T call(Session session, Callable<T> work) throws Exception {
        return ConsoleCall.run(session == null ? null : session.get("USER"), out(session), work);
    }

    static void header(PrintStream out) {
        out.printf("%-12s %-8s %-9s %5s %14s %12s %14s %14s %s%n", "number", "period", "status", "staff", "gross", "tax",
                "net pay", "labour cost", "finance");
    }

    static void print(PrintStream out, PayrollRun r) {
        out.printf("%-12s %-8s %-9s %5d %14s %12s %14s %14s %s%n", r.number(), r.period(), r.status(), r.headcount(),
                r.gross().toPlainString(), r.incomeTax().toPlainString(), r.netPay().toPlainString(),
                r.employerCost().toPlainString(), r.financeStatus() == null ? "-"
                        : r.financeStatus() + (r.financeNote() == null ? "" : " (" + r.financeNote() + " / "
                        + r.financeNoteZh() + ")"));
    }
}
