package io.tangram.platform.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.platform.impl.schedule.PeriodicChecks;
import io.tangram.platform.impl.schedule.PeriodicChecks.CheckStatus;

/** {@code tangram:checks} — the periodic checks the modules registered, how often they run and their last round. */
@Service
@Command(scope = "tangram", name = "checks", description = "Lists the periodic checks (SLA, reminders, accrual), their interval and last round")
public class ChecksCommand implements Action {

    @Reference
    PeriodicChecks checks;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Check");
        table.column("Every");
        table.column("Last round");
        table.column("Outcome");
        for (CheckStatus c : checks.checks()) {
            table.addRow().addContent(c.name(), c.interval() == null ? "off" : c.interval().toString(),
                    c.lastRound() == null ? "-" : c.lastRound().toString(), c.outcome() == null ? "-" : c.outcome());
        }
        table.print(System.out);
        return null;
    }
}
