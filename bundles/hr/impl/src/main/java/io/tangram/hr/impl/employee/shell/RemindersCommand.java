package io.tangram.hr.impl.employee.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.employee.ReminderRun;
import io.tangram.hr.impl.employee.ReminderService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code hr:reminders [--today 2026-03-02]}: runs the contract and probation reminder check now. */
@Service
@Command(scope = "hr", name = "reminders", description = "Contract and probation reminders (合同与试用期到期提醒)")
public class RemindersCommand implements Action {

    @Option(name = "--today", description = "Run as of this day, 2026-03-02")
    String today;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ReminderService reminders;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        ReminderRun run = ConsoleCall.run(session.get("USER"), out, () -> reminders.run(company,
                ConsoleInput.date("today", today)));
        if (run != null) {
            out.printf("%s: contracts within %d days, probation within %d days%n", run.today(), run.contractDays(),
                    run.probationDays());
            run.reminders().forEach(r -> out.printf("  %-16s %-16s %-9s %s %-7s %s%n", r.number(), r.name(), r.kind(),
                    r.dueDate(), r.outcome(), String.join(", ", r.recipients())));
            out.printf("%d new reminder(s)%n", run.reminders().size());
        }
        return null;
    }
}
