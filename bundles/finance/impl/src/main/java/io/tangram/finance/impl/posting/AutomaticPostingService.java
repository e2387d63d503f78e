package io.tangram.finance.impl.posting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.CrmTopics;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.Vouchers;
import io.tangram.finance.api.posting.AutomaticPosting;
import io.tangram.finance.api.posting.BacklogEvent;
import io.tangram.finance.api.posting.PostingLogEntry;
import io.tangram.finance.api.posting.PostingOutcome;
import io.tangram.finance.api.posting.PostingRules;
import io.tangram.finance.impl.service.FinanceJson;
import io.tangram.finance.impl.service.PeriodGuard;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Posts inventory's durable events as vouchers, and invoices CRM's shipments ({@link SalesInvoicing}). As an {@link EventSubscriber} it reads the outbox
 * from its beginning, in the dispatcher's transaction, so the voucher, the log row and the cursor
 * commit together. Events that happened before it first ran ({@code fin_posting_state}) go to the
 * backlog instead, for an admin to post or dismiss; every later one is posted, including those
 * published while finance was stopped or uninstalled, which wait in the outbox until it is back.
 * A voucher's source (type and document reference) is unique in the ledger, so nothing posts twice
 * even if an event is delivered again or posted from the backlog after the same document posted.
 * An event dated in a closed period is posted on the first day of the next open one.
 */
@Component(service = {AutomaticPosting.class, EventSubscriber.class})
public class AutomaticPostingService implements AutomaticPosting, EventSubscriber {
    static final String SUBSCRIBER_ID = "finance.automatic-posting";
    private static final int DESCRIPTION_LENGTH = 500;
    private static final int NOTE_LENGTH = 500;

    private static final Set<String> TOPICS = union(InventoryEvents.TOPICS, CrmTopics.GOODS_SHIPPED);

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final Vouchers vouchers;
    private final PostingRules rules;
    private final SalesInvoicing salesInvoicing;
    private final ZoneId zone;
    private final Instant startedAt;

    @Activate
    public AutomaticPostingService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                                   @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                   @Reference Transactions tx, @Reference AuditLog audit, @Reference Vouchers vouchers,
                                   @Reference PostingRules rules, @Reference SalesInvoicing salesInvoicing) {
        this(dataSource, tx, audit, vouchers, rules, salesInvoicing, ZoneId.systemDefault(), Instant.now());
    }

    AutomaticPostingService(DataSource dataSource, Transactions tx, AuditLog audit, Vouchers vouchers, PostingRules rules,
                            SalesInvoicing salesInvoicing, ZoneId zone, Instant now) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.vouchers = vouchers;
        this.rules = rules;
        this.salesInvoicing = salesInvoicing;
        this.zone = zone;
        this.startedAt = tx.required(() -> sql.one("SELECT started_at FROM fin_posting_state WHERE subscriber_id = ?",
                rs -> rs.getTimestamp(1).toInstant(), SUBSCRIBER_ID).orElseGet(() -> {
                    sql.update("INSERT INTO fin_posting_state (subscriber_id, started_at) VALUES (?, ?)", SUBSCRIBER_ID, now);
                    return now;
                }));
    }

    // ---------------------------------------------------------------- subscriber

    @Override
    public String subscriberId() {
        return SUBSCRIBER_ID;
    }

    @Override
    public Set<String> topics() {
        return TOPICS;
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.BEGINNING;
    }

    @Override
    public void handle(DomainEvent event) {
        if (event.occurredAt().isBefore(startedAt)) {
            sql.update("INSERT INTO fin_posting_backlog (event_id, company_id, topic, source_ref, occurred_at, payload, status)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", event.id(), event.companyId(), event.topic(),
                    event.sourceRef() == null ? Sql.Null.VARCHAR : event.sourceRef(), event.occurredAt(), event.payload(),
                    PostingOutcome.BACKLOG);
            log(event.id(), event.companyId(), event.topic(), event.sourceRef(), event.occurredAt(),
                    new Result(PostingOutcome.BACKLOG, null, "happened before automatic posting started"));
            return;
        }
        Result result = apply(event.companyId(), event.topic(), event.payload(), event.occurredAt());
        log(event.id(), event.companyId(), event.topic(), event.sourceRef(), event.occurredAt(), result);
    }

    /** What the event posts, in the caller's transaction. */
    private Result apply(long companyId, String topic, String payload, Instant occurredAt) {
        if (CrmTopics.GOODS_SHIPPED.equals(topic)) {
            return invoice(companyId, payload, occurredAt);
        }
        Optional<EventPosting> read = InventoryEvents.read(topic, payload);
        if (read.isEmpty() || read.get().postsNothing()) {
            return new Result(PostingOutcome.NOTHING_TO_POST, null, null);
        }
        EventPosting posting = read.get();
        Optional<VoucherDto> existing = vouchers.findBySource(companyId, posting.sourceType(), posting.sourceRef());
        if (existing.isPresent()) {
            return new Result(PostingOutcome.ALREADY_POSTED, existing.get().id(), null);
        }
        LocalDate happened = LocalDate.ofInstant(occurredAt, zone);
        LocalDate date = firstOpenDate(companyId, happened);
        String note = date.equals(happened) ? null
                : "period " + PeriodGuard.periodOf(happened) + " is closed: posted on " + date;
        VoucherDto voucher = vouchers.record(new VoucherInput(companyId, date, truncate(posting.description(),
                DESCRIPTION_LENGTH), new PostingRuleBook(rules.list(companyId)).lines(posting), posting.sourceType(),
                posting.sourceRef()));
        return new Result(PostingOutcome.POSTED, voucher.id(), note);
    }

    /** A CRM shipment becomes a posted sales invoice, dated its ship day or the first open day after. */
    private Result invoice(long companyId, String payload, Instant occurredAt) {
        LocalDate shipped = LocalDate.parse(JsonText.read(payload).path("shipDate").asText(
                LocalDate.ofInstant(occurredAt, zone).toString()));
        LocalDate date = firstOpenDate(companyId, shipped);
        SalesInvoicing.Invoiced invoiced = salesInvoicing.invoice(companyId, payload, date);
        String number = "invoice " + invoiced.invoice().number();
        if (!invoiced.created()) {
            return new Result(PostingOutcome.ALREADY_POSTED, invoiced.invoice().voucherId(), number);
        }
        String note = date.equals(shipped) ? number
                : number + "; period " + PeriodGuard.periodOf(shipped) + " is closed: posted on " + date;
        return new Result(PostingOutcome.POSTED, invoiced.invoice().voucherId(), note);
    }

    private static Set<String> union(Set<String> topics, String more) {
        java.util.Set<String> all = new java.util.HashSet<>(topics);
        all.add(more);
        return Set.copyOf(all);
    }

    private LocalDate firstOpenDate(long companyId, LocalDate date) {
        LocalDate day = date;
        for (int months = 0; months < 120 && PeriodGuard.isClosed(sql, companyId, PeriodGuard.periodOf(day)); months++) {
            day = day.withDayOfMonth(1).plusMonths(1);
        }
        return day;
    }

    private void log(long eventId, long companyId, String topic, String sourceRef, Instant occurredAt, Result result) {
        sql.update("INSERT INTO fin_posting_log (event_id, company_id, topic, source_ref, occurred_at, outcome, voucher_id,"
                + " note, handled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", eventId, companyId, topic,
                sourceRef == null ? Sql.Null.VARCHAR : sourceRef, occurredAt, result.outcome(), Sql.orNull(result.voucherId()),
                result.note() == null ? Sql.Null.VARCHAR : truncate(result.note(), NOTE_LENGTH), Instant.now());
    }

    // ---------------------------------------------------------------- operator

    @Override
    public List<PostingLogEntry> log(long companyId, int limit) {
        int rows = Math.max(1, Math.min(limit <= 0 ? 100 : limit, 1000));
        List<PostingLogEntry> entries = sql.list("SELECT l.event_id, l.topic, l.source_ref, l.occurred_at, l.outcome,"
                + " l.voucher_id, v.number, l.note, l.handled_at FROM fin_posting_log l LEFT JOIN fin_voucher v"
                + " ON v.id = l.voucher_id WHERE l.company_id = ? ORDER BY l.event_id DESC", rs -> new PostingLogEntry(
                        rs.getLong(1), rs.getString(2), rs.getString(3), Sql.instant(rs, "occurred_at"),
                        PostingOutcome.valueOf(rs.getString(5)), Sql.nullableLong(rs, "voucher_id"), rs.getString(7),
                        rs.getString(8), Sql.instant(rs, "handled_at")), companyId);
        return entries.size() > rows ? List.copyOf(entries.subList(0, rows)) : entries;
    }

    @Override
    public List<BacklogEvent> backlog(long companyId, boolean onlyUndecided) {
        return sql.list(BACKLOG_SELECT + " WHERE b.company_id = ?" + (onlyUndecided ? " AND b.status = 'BACKLOG'" : "")
                + " ORDER BY b.event_id", AutomaticPostingService::backlogRow, companyId);
    }

    @Override
    public List<BacklogEvent> postBacklog(long companyId, List<Long> eventIds) {
        List<Long> chosen = undecided(companyId, eventIds);
        List<BacklogEvent> decided = new ArrayList<>();
        for (long eventId : chosen) {
            decided.add(tx.required(() -> {
                Pending p = lockUndecided(companyId, eventId);
                Result result;
                try {
                    result = apply(companyId, p.topic(), p.payload(), p.occurredAt());
                } catch (TangramException e) {
                    throw new ConflictException(Text.of("Backlog event {0} ({1}) cannot be posted: {2}",
                            "待处理事件 {0}（{1}）不能过账：{3}", eventId, p.sourceRef() == null ? p.topic() : p.sourceRef(),
                            e.text().in(Locale.ENGLISH), e.text().in(Locale.SIMPLIFIED_CHINESE)));
                }
                decide(eventId, result);
                audit.record("finance", "post-backlog", "posting-event", String.valueOf(eventId), FinanceJson.object(
                        "topic", p.topic(), "sourceRef", p.sourceRef(), "outcome", result.outcome(),
                        "voucherId", result.voucherId()));
                return get(eventId);
            }));
        }
        return decided;
    }

    @Override
    public List<BacklogEvent> dismissBacklog(long companyId, List<Long> eventIds, String reason) {
        Validation v = new Validation();
        v.required("reason", reason).maxLength("reason", reason, 300);
        v.throwIfInvalid();
        List<Long> chosen = undecided(companyId, eventIds);
        return tx.required(() -> {
            List<BacklogEvent> decided = new ArrayList<>();
            for (long eventId : chosen) {
                Pending p = lockUndecided(companyId, eventId);
                decide(eventId, new Result(PostingOutcome.DISMISSED, null, "dismissed: " + reason.strip()));
                audit.record("finance", "dismiss-backlog", "posting-event", String.valueOf(eventId), FinanceJson.object(
                        "topic", p.topic(), "sourceRef", p.sourceRef(), "reason", reason.strip()));
                decided.add(get(eventId));
            }
            return decided;
        });
    }

    private List<Long> undecided(long companyId, List<Long> eventIds) {
        List<Long> open = sql.list("SELECT event_id FROM fin_posting_backlog WHERE company_id = ? AND status = 'BACKLOG'"
                + " ORDER BY event_id", rs -> rs.getLong(1), companyId);
        if (eventIds == null || eventIds.isEmpty()) {
            return open;
        }
        Validation v = new Validation();
        for (int i = 0; i < eventIds.size(); i++) {
            Long id = eventIds.get(i);
            if (id == null || !open.contains(id)) {
                v.add("eventIds[" + i + "]", Text.of("{0} is not an undecided backlog event of this company",
                        "{0} 不是本公司待处理的事件", id));
            }
        }
        v.throwIfInvalid();
        return open.stream().filter(eventIds::contains).toList();
    }

    private Pending lockUndecided(long companyId, long eventId) {
        int locked = sql.update("UPDATE fin_posting_backlog SET status = status WHERE event_id = ? AND company_id = ?"
                + " AND status = 'BACKLOG'", eventId, companyId);
        if (locked == 0) {
            throw new ConflictException(Text.of("Backlog event {0} was decided meanwhile", "待处理事件 {0} 已被处理", eventId));
        }
        return sql.one("SELECT topic, source_ref, occurred_at, payload FROM fin_posting_backlog WHERE event_id = ?",
                rs -> new Pending(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)),
                eventId).orElseThrow();
    }

    private void decide(long eventId, Result result) {
        String note = result.note() == null ? null : truncate(result.note(), NOTE_LENGTH);
        Instant now = Instant.now();
        sql.update("UPDATE fin_posting_backlog SET status = ?, voucher_id = ?, decided_by = ?, decided_at = ?, note = ?"
                + " WHERE event_id = ?", result.outcome(), Sql.orNull(result.voucherId()), CallContext.actorName(), now,
                note == null ? Sql.Null.VARCHAR : note, eventId);
        sql.update("UPDATE fin_posting_log SET outcome = ?, voucher_id = ?, note = ?, handled_at = ? WHERE event_id = ?",
                result.outcome(), Sql.orNull(result.voucherId()), note == null ? Sql.Null.VARCHAR : note, now, eventId);
    }

    private BacklogEvent get(long eventId) {
        return sql.one(BACKLOG_SELECT + " WHERE b.event_id = ?", AutomaticPostingService::backlogRow, eventId).orElseThrow();
    }

    private static final String BACKLOG_SELECT = "SELECT b.event_id, b.topic, b.source_ref, b.occurred_at, b.status,"
            + " v.number, b.decided_by, b.decided_at, b.note FROM fin_posting_backlog b LEFT JOIN fin_voucher v ON v.id = b.voucher_id";

    private static BacklogEvent backlogRow(ResultSet rs) throws SQLException {
        return new BacklogEvent(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.instant(rs, "occurred_at"),
                PostingOutcome.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), Sql.instant(rs, "decided_at"),
                rs.getString(9));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private record Result(PostingOutcome outcome, Long voucherId, String note) {
    }

    private record Pending(String topic, String sourceRef, Instant occurredAt, String payload) {
    }
}
