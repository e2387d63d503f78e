package io.tangram.crm.impl.ticket.shell;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.ticket.ServiceLevels;
import io.tangram.crm.api.ticket.SlaBreachDto;
import io.tangram.crm.api.ticket.SlaCheckResult;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * {@code crm:sla-check [--now 2026-12-01T10:00]}: looks for missed SLA targets now (or as of a moment
 * in business time, or an ISO instant with {@code Z}) and prints the new breaches and whom they went to.
 */
@Service
@Command(scope = "crm", name = "sla-check", description = "Check tickets for missed SLA targets (SLA 超时检查)")
public class SlaCheckCommand implements Action {

    @Option(name = "--now", description = "Check as of this moment: 2026-12-01T10:00 (business time) or 2026-12-01T02:00:00Z")
    String now;

    @Reference
    ServiceLevels serviceLevels;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        ZoneId zone = TicketLines.zone(console, serviceLevels);
        SlaCheckResult result = console.call(() -> serviceLevels.check(moment(now, zone)));
        if (result != null) {
            console.out().printf("checked at %s: %d new breach(es)%n", TicketLines.time(result.checkedAt(), zone),
                    result.breaches().size());
            for (SlaBreachDto b : result.breaches()) {
                console.out().printf("%-15s %-8s %-14s due %s  escalated to %s%n", b.number(), b.priority(), b.target(),
                        TicketLines.time(b.dueAt(), zone), b.escalatedTo() == null ? "-" : b.escalatedTo());
            }
        }
        return null;
    }

    static Instant moment(String typed, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            return Instant.now();
        }
        String value = typed.strip();
        try {
            return value.endsWith("Z") ? Instant.parse(value) : LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of("now", Text.of("must be a moment such as 2026-12-01T10:00",
                    "必须是时间，例如 2026-12-01T10:00"));
        }
    }
}
