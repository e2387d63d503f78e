package io.tangram.crm.impl.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.CrmTopics;
import io.tangram.crm.api.Teams;
import io.tangram.crm.api.ticket.BusinessHoursDto;
import io.tangram.crm.api.ticket.ServiceLevels;
import io.tangram.crm.api.ticket.SlaBreachDto;
import io.tangram.crm.api.ticket.SlaCheckResult;
import io.tangram.crm.api.ticket.SlaPolicyDto;
import io.tangram.crm.api.ticket.SlaPolicyInput;
import io.tangram.crm.api.ticket.SlaReport;
import io.tangram.crm.api.ticket.SlaReportLine;
import io.tangram.crm.api.ticket.SlaTarget;
import io.tangram.crm.api.ticket.TicketPriority;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * SLA policies in {@code crm_sla_policy} (built-in targets for priorities a company has not set),
 * the breach check over {@code crm_ticket} and the compliance report. Business time comes from
 * {@link SlaSettings}.
 */
@Component(service = {ServiceLevels.class, SlaService.class})
public class SlaService implements ServiceLevels {
    /** A target longer than a year of business days (250 × 9 h) is a typing error. */
    static final int MAX_MINUTES = 250 * 9 * 60;
    /**
     * Built-in targets in business minutes: URGENT 30 min / 4 h, HIGH 1 h / 1 day, NORMAL 4 h / 3 days,
     * LOW 1 day / 5 days (a day being 9 business hours).
     */
    private static final Map<TicketPriority, Targets> STANDARD = new EnumMap<>(Map.of(
            TicketPriority.URGENT, new Targets(30, 240),
            TicketPriority.HIGH, new Targets(60, 540),
            TicketPriority.NORMAL, new Targets(240, 1620),
            TicketPriority.LOW, new Targets(540, 2700)));

    private record Targets(int firstResponse, int resolution) {
    }

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final Teams teams;
    private final SlaSettings settings;
    private final Clock clock;

    @Activate
    public SlaService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                      @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                      @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                      @Reference Teams teams, @Reference SlaSettings settings) {
        this(dataSource, tx, audit, events, teams, settings, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps policy changes. */
    SlaService(DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events, Teams teams,
               SlaSettings settings, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.teams = teams;
        this.settings = settings;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- policies

    @Override
    public List<SlaPolicyDto> policies(long companyId) {
        CallContext.require(TicketPermissions.TICKET_READ);
        List<SlaPolicyDto> out = new ArrayList<>();
        for (TicketPriority p : TicketPriority.values()) {
            out.add(policy(companyId, p));
        }
        return out;
    }

    /** The targets of a priority, whatever the caller's permissions, for the module's own use. */
    public SlaPolicyDto policy(long companyId, TicketPriority priority) {
        return sql.one("SELECT first_response_minutes, resolution_minutes FROM crm_sla_policy WHERE company_id = ?"
                + " AND priority = ?", rs -> new SlaPolicyDto(companyId, priority, rs.getInt(1), rs.getInt(2), false),
                companyId, priority).orElseGet(() -> new SlaPolicyDto(companyId, priority,
                        STANDARD.get(priority).firstResponse(), STANDARD.get(priority).resolution(), true));
    }

    @Override
    public SlaPolicyDto save(SlaPolicyInput input) {
        CallContext.require(TicketPermissions.SLA_ADMIN);
        SlaPolicyInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        Validation v = new Validation();
        v.required("priority", in.priority()).required("firstResponseMinutes", in.firstResponseMinutes())
                .required("resolutionMinutes", in.resolutionMinutes());
        minutes(v, "firstResponseMinutes", in.firstResponseMinutes());
        minutes(v, "resolutionMinutes", in.resolutionMinutes());
        v.check(in.firstResponseMinutes() == null || in.resolutionMinutes() == null
                        || in.resolutionMinutes() >= in.firstResponseMinutes(), "resolutionMinutes",
                Text.of("must not be shorter than the first response target", "不能短于首次响应时限"));
        v.throwIfInvalid();
        return tx.required(() -> {
            Instant now = clock.instant();
            int changed = sql.update("UPDATE crm_sla_policy SET first_response_minutes = ?, resolution_minutes = ?,"
                    + " updated_by = ?, updated_at = ? WHERE company_id = ? AND priority = ?", in.firstResponseMinutes(),
                    in.resolutionMinutes(), CallContext.actorName(), now, companyId, in.priority());
            if (changed == 0) {
                sql.update("INSERT INTO crm_sla_policy (company_id, priority, first_response_minutes, resolution_minutes,"
                        + " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)", companyId, in.priority(),
                        in.firstResponseMinutes(), in.resolutionMinutes(), CallContext.actorName(), now);
            }
            SlaPolicyDto saved = policy(companyId, in.priority());
            audit.record("crm", "save", "sla-policy", companyId + "/" + in.priority(), JsonText.write(saved));
            return saved;
        });
    }

    @Override
    public BusinessHoursDto businessHours() {
        CallContext.require(TicketPermissions.TICKET_READ);
        return settings.calendar().describe();
    }

    /** The business calendar due times are counted in. */
    public BusinessCalendar calendar() {
        return settings.calendar();
    }

    // ---------------------------------------------------------------- breach check

    /** A ticket with a target still to be judged. */
    private record Due(long id, String number, long companyId, long customerId, TicketPriority priority,
                       String assignee, String queue, Instant dueAt) {
    }

    @Override
    public SlaCheckResult check(Instant now) {
        CallContext.require(TicketPermissions.SLA_ADMIN);
        Instant at = now == null ? clock.instant() : now;
        List<SlaBreachDto> found = new ArrayList<>();
        for (SlaTarget target : SlaTarget.values()) {
            Columns c = Columns.of(target);
            List<Due> late = sql.list("SELECT id, number, company_id, customer_id, priority, assignee, queue_code, "
                    + c.due + " FROM crm_ticket WHERE " + c.breached + " = ? AND " + c.due + " < ? AND (" + c.done
                    + " IS NULL OR " + c.done + " > " + c.due + ") ORDER BY " + c.due + ", id",
                    rs -> new Due(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            TicketPriority.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                            Sql.instant(rs, c.due)), false, at);
            for (Due due : late) {
                tx.required(() -> breach(due, target, c, at)).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(SlaBreachDto::dueAt).thenComparing(SlaBreachDto::ticketId));
        return new SlaCheckResult(at, found);
    }

    /** The columns of one target on {@code crm_ticket}. */
    private record Columns(String due, String done, String breached) {
        static Columns of(SlaTarget target) {
            return target == SlaTarget.FIRST_RESPONSE
                    ? new Columns("first_response_due", "first_responded_at", "first_response_breached")
                    : new Columns("resolution_due", "resolved_at", "resolution_breached");
        }
    }

    private Optional<SlaBreachDto> breach(Due due, SlaTarget target, Columns c, Instant at) {
        String escalatedTo = escalationOf(due.companyId(), due.assignee(), due.queue());
        int marked = sql.update("UPDATE crm_ticket SET " + c.breached + " = ?, escalated_to = ?, updated_at = ?"
                + " WHERE id = ? AND " + c.breached + " = ?", true, escalatedTo == null ? Sql.Null.VARCHAR : escalatedTo,
                at, due.id(), false);
        if (marked == 0) {
            return Optional.empty();
        }
        sql.update("INSERT INTO crm_sla_breach (ticket_id, sla_target, due_at, detected_at, escalated_to)"
                + " VALUES (?, ?, ?, ?, ?)", due.id(), target, due.dueAt(), at,
                escalatedTo == null ? Sql.Null.VARCHAR : escalatedTo);
        String dueText = DUE_FORMAT.withZone(settings.calendar().zone()).format(due.dueAt());
        String whom = escalatedTo == null ? "-" : escalatedTo;
        Text note = target == SlaTarget.FIRST_RESPONSE
                ? Text.of("First response target missed (due {0}); escalated to {1}",
                        "首次响应超时（应于 {0} 前）；已升级给 {1}", dueText, whom)
                : Text.of("Resolution target missed (due {0}); escalated to {1}", "解决超时（应于 {0} 前）；已升级给 {1}",
                        dueText, whom);
        sql.update("INSERT INTO crm_ticket_comment (ticket_id, author, body, is_internal, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", due.id(), "system", note.in(Locale.ENGLISH) + " / "
                + note.in(Locale.SIMPLIFIED_CHINESE), true, at);
        SlaBreachDto breach = new SlaBreachDto(due.id(), due.number(), due.companyId(), due.customerId(), due.priority(),
                target, due.dueAt(), escalatedTo, at);
        String payload = JsonText.object("id", due.id(), "number", due.number(), "companyId", due.companyId(),
                "customerId", due.customerId(), "priority", due.priority(), "target", target, "dueAt", due.dueAt(),
                "escalatedTo", escalatedTo);
        audit.record("crm", "sla-breach", "ticket", String.valueOf(due.id()), payload);
        events.publish(CrmTopics.TICKET_SLA_BREACHED, due.companyId(), due.number(), payload);
        return Optional.of(breach);
    }

    /** The assignee's manager; without one, the ticket's queue; {@code null} when there is neither. */
    String escalationOf(long companyId, String assignee, String queue) {
        if (assignee != null) {
            Optional<String> manager = teams.managerOf(companyId, assignee);
            if (manager.isPresent()) {
                return manager.get();
            }
        }
        return queue;
    }

    // ---------------------------------------------------------------- report

    /** What the report reads of a ticket. */
    private record Clocked(TicketPriority priority, Instant openedAt, Instant firstResponseDue, Instant respondedAt,
                           boolean firstResponseBreached, Instant resolutionDue, Instant resolvedAt,
                           boolean resolutionBreached) {
    }

    @Override
    public SlaReport report(long companyId, LocalDate from, LocalDate to) {
        CallContext.require(TicketPermissions.TICKET_READ);
        Validation v = new Validation();
        v.required("from", from).required("to", to);
        v.check(from == null || to == null || !to.isBefore(from), "to",
                Text.of("must not be before from", "不能早于开始日期"));
        v.throwIfInvalid();
        BusinessCalendar calendar = settings.calendar();
        ZoneId zone = calendar.zone();
        TicketScope scope = TicketScope.current(sql, companyId);
        List<Object> args = new ArrayList<>(List.of(companyId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()));
        args.addAll(scope.args());
        List<Clocked> tickets = sql.list("SELECT t.priority, t.opened_at, t.first_response_due, t.first_responded_at,"
                + " t.first_response_breached, t.resolution_due, t.resolved_at, t.resolution_breached FROM crm_ticket t"
                + " JOIN crm_customer c ON c.party_id = t.customer_id WHERE t.company_id = ? AND t.opened_at >= ?"
                + " AND t.opened_at < ?" + scope.where(), rs -> new Clocked(TicketPriority.valueOf(rs.getString(1)),
                        Sql.instant(rs, "opened_at"), Sql.instant(rs, "first_response_due"),
                        Sql.instant(rs, "first_responded_at"), rs.getBoolean(5), Sql.instant(rs, "resolution_due"),
                        Sql.instant(rs, "resolved_at"), rs.getBoolean(8)), args.toArray());
        List<SlaReportLine> lines = new ArrayList<>();
        for (TicketPriority p : TicketPriority.values()) {
            lines.add(line(p, tickets.stream().filter(t -> t.priority() == p).toList(), calendar));
        }
        return new SlaReport(companyId, from, to, lines, line(null, tickets, calendar));
    }

    private static SlaReportLine line(TicketPriority priority, List<Clocked> tickets, BusinessCalendar calendar) {
        int frDecided = 0;
        int frMet = 0;
        int resDecided = 0;
        int resMet = 0;
        long frMinutes = 0;
        int responded = 0;
        long resMinutes = 0;
        int resolved = 0;
        for (Clocked t : tickets) {
            if (t.respondedAt() != null) {
                responded++;
                frMinutes += calendar.minutesBetween(t.openedAt(), t.respondedAt());
            }
            if (t.respondedAt() != null || t.firstResponseBreached()) {
                frDecided++;
                if (t.respondedAt() != null && !t.respondedAt().isAfter(t.firstResponseDue())) {
                    frMet++;
                }
            }
            if (t.resolvedAt() != null) {
                resolved++;
                resMinutes += calendar.minutesBetween(t.openedAt(), t.resolvedAt());
            }
            if (t.resolvedAt() != null || t.resolutionBreached()) {
                resDecided++;
                if (t.resolvedAt() != null && !t.resolvedAt().isAfter(t.resolutionDue())) {
                    resMet++;
                }
            }
        }
        return new SlaReportLine(priority, tickets.size(), frDecided, frMet, percent(frMet, frDecided), resDecided,
                resMet, percent(resMet, resDecided), average(frMinutes, responded), average(resMinutes, resolved));
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(long sum, int count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    private static void minutes(Validation v, String field, Integer value) {
        v.check(value == null || value >= 1 && value <= MAX_MINUTES, field,
                Text.of("must be between 1 and {0} business minutes", "必须在 1 到 {0} 个工作分钟之间", MAX_MINUTES));
    }
}
