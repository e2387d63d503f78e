package io.tangram.crm.impl.ticket.shell;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.tangram.crm.api.ticket.ServiceLevels;
import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.impl.CrmConsole;

/** How the ticket commands print a ticket: plain columns, times in the business time zone. */
final class TicketLines {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TicketLines() {
    }

    static void header(PrintStream out) {
        out.printf("%-6s %-15s %-8s %-8s %-24s %-12s %-10s %-16s %-16s %s%n", "id", "number", "status", "priority",
                "customer", "assignee", "queue", "respond by", "resolve by", "subject");
    }

    static void print(PrintStream out, TicketDto t, ZoneId zone) {
        out.printf("%-6d %-15s %-8s %-8s %-24s %-12s %-10s %-16s %-16s %s%n", t.id(), t.number(), t.status(),
                t.priority(), cut(t.customerName(), 24), dash(t.assignee()), dash(t.queue()),
                clock(t.firstResponseDue(), t.firstRespondedAt(), t.firstResponseBreached(), zone),
                clock(t.resolutionDue(), t.resolvedAt(), t.resolutionBreached(), zone), t.subject());
    }

    /** The due time, marked {@code !} when breached and {@code ✓} when met. */
    private static String clock(Instant due, Instant done, boolean breached, ZoneId zone) {
        String mark = breached ? "!" : done != null && !done.isAfter(due) ? "✓" : "";
        return time(due, zone) + mark;
    }

    /** The business time zone, or the machine's when the caller may not read it. */
    static ZoneId zone(CrmConsole console, ServiceLevels serviceLevels) throws Exception {
        String zone = console.call(() -> serviceLevels.businessHours().timeZone());
        return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "-" : TIME.withZone(zone).format(at);
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String cut(String s, int max) {
        return s == null ? "-" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
