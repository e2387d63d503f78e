package io.tangram.crm.impl.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.Teams;
import io.tangram.crm.api.ticket.ArticleDto;
import io.tangram.crm.api.ticket.SlaPolicyDto;
import io.tangram.crm.api.ticket.TicketChannel;
import io.tangram.crm.api.ticket.TicketCommentDto;
import io.tangram.crm.api.ticket.TicketCommentInput;
import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.api.ticket.TicketInput;
import io.tangram.crm.api.ticket.TicketPriority;
import io.tangram.crm.api.ticket.TicketQuery;
import io.tangram.crm.api.ticket.TicketStatus;
import io.tangram.crm.api.ticket.Tickets;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Tickets in {@code crm_ticket} with their replies and notes in {@code crm_ticket_comment} and linked
 * articles in {@code crm_ticket_article}. Due times come from {@link SlaService} (policy of the
 * priority, business calendar); the breach check there reads and marks the same rows. A ticket and
 * a reply count as activity with the customer (its lifecycle stage).
 */
@Component(service = Tickets.class)
public class TicketService implements Tickets {
    private static final String SELECT = "SELECT t.id, t.company_id, t.number, t.subject, t.description, t.channel,"
            + " t.priority, t.category, t.customer_id, c.name AS customer_name, t.sales_order_id, t.assignee,"
            + " t.queue_code, t.status, t.opened_at, t.first_response_due, t.first_responded_at,"
            + " t.first_response_breached, t.resolution_due, t.resolved_at, t.resolution_breached, t.closed_at,"
            + " t.reopen_count, t.escalated_to, t.created_by, t.updated_at"
            + " FROM crm_ticket t JOIN crm_customer c ON c.party_id = t.customer_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final DocumentNumbers numbers;
    private final CustomerService customers;
    private final Teams teams;
    private final UserDirectory users;
    private final SlaService sla;
    private final KnowledgeBaseService kb;
    private final Clock clock;

    @Activate
    public TicketService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                         @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                         @Reference Transactions tx, @Reference AuditLog audit, @Reference DocumentNumbers numbers,
                         @Reference CustomerService customers, @Reference Teams teams, @Reference UserDirectory users,
                         @Reference SlaService sla, @Reference KnowledgeBaseService kb) {
        this(dataSource, tx, audit, numbers, customers, teams, users, sla, kb, Clock.systemUTC());
    }

    /** For tests: {@code clock} is when tickets open, replies come and statuses change. */
    TicketService(DataSource dataSource, Transactions tx, AuditLog audit, DocumentNumbers numbers,
                  CustomerService customers, Teams teams, UserDirectory users, SlaService sla,
                  KnowledgeBaseService kb, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.numbers = numbers;
        this.customers = customers;
        this.teams = teams;
        this.users = users;
        this.sla = sla;
        this.kb = kb;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- tickets

    @Override
    public TicketDto create(TicketInput input) {
        CallContext.require(TicketPermissions.TICKET_WRITE);
        TicketInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        Validation v = fieldChecks(in, companyId);
        v.required("customerId", in.customerId());
        Optional<CustomerDto> customer = in.customerId() == null ? Optional.empty()
                : customers.load(in.customerId()).filter(c -> c.companyId() == companyId);
        v.check(in.customerId() == null || customer.isPresent(), "customerId",
                Text.of("there is no customer {0}", "不存在客户 {0}", in.customerId()));
        orderCheck(v, in.salesOrderId(), in.customerId(), companyId);
        v.throwIfInvalid();
        TicketPriority priority = in.priority() == null ? TicketPriority.NORMAL : in.priority();
        TicketChannel channel = in.channel() == null ? TicketChannel.PHONE : in.channel();
        return tx.required(() -> {
            Instant now = clock.instant();
            BusinessCalendar calendar = sla.calendar();
            SlaPolicyDto policy = sla.policy(companyId, priority);
            LocalDate today = LocalDate.ofInstant(now, calendar.zone());
            String number = numbers.next(companyId, "TK", today.getYear());
            long id = sql.insert("INSERT INTO crm_ticket (company_id, number, subject, description, channel, priority,"
                    + " category, customer_id, sales_order_id, assignee, queue_code, status, opened_at, first_response_due,"
                    + " first_response_breached, resolution_due, resolution_breached, reopen_count, created_by,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                    companyId, number, in.subject().strip(), nullable(in.description()), channel, priority,
                    nullable(in.category()), in.customerId(), Sql.orNull(in.salesOrderId()), nullable(in.assignee()),
                    nullable(in.queue()), TicketStatus.NEW, now,
                    calendar.plusMinutes(now, policy.firstResponseMinutes()), false,
                    calendar.plusMinutes(now, policy.resolutionMinutes()), false, CallContext.actorName(), now, now);
            customers.recordActivity(in.customerId(), today);
            TicketDto created = load(id).orElseThrow();
            audit.record("crm", "create", "ticket", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    @Override
    public TicketDto update(long id, TicketInput input) {
        CallContext.require(TicketPermissions.TICKET_WRITE);
        TicketInput in = Params.require(input);
        TicketDto before = get(id);
        Validation v = fieldChecks(in, before.companyId());
        v.check(in.customerId() == null || in.customerId() == before.customerId(), "customerId",
                Text.of("cannot be changed: open a new ticket for another customer", "不能修改，请为其他客户新建工单"));
        v.check(in.companyId() == null || in.companyId() == before.companyId(), "companyId",
                Text.of("cannot be changed", "不能修改"));
        orderCheck(v, in.salesOrderId(), before.customerId(), before.companyId());
        v.throwIfInvalid();
        if (before.status() == TicketStatus.CLOSED) {
            throw new ConflictException(Text.of("Ticket {0} is closed; reopen it before changing it",
                    "工单 {0} 已关闭，请先重新打开再修改", before.number()));
        }
        TicketPriority priority = in.priority() == null ? before.priority() : in.priority();
        return tx.required(() -> {
            Instant firstResponseDue = before.firstResponseDue();
            Instant resolutionDue = before.resolutionDue();
            if (priority != before.priority()) {
                BusinessCalendar calendar = sla.calendar();
                SlaPolicyDto policy = sla.policy(before.companyId(), priority);
                if (before.firstRespondedAt() == null && !before.firstResponseBreached()) {
                    firstResponseDue = calendar.plusMinutes(before.openedAt(), policy.firstResponseMinutes());
                }
                if (before.resolvedAt() == null && !before.resolutionBreached()) {
                    resolutionDue = calendar.plusMinutes(before.openedAt(), policy.resolutionMinutes());
                }
            }
            sql.update("UPDATE crm_ticket SET subject = ?, description = ?, priority = ?, category = ?, sales_order_id = ?,"
                    + " assignee = ?, queue_code = ?, first_response_due = ?, resolution_due = ?, updated_at = ?"
                    + " WHERE id = ?", in.subject().strip(), nullable(in.description()), priority,
                    nullable(in.category()), Sql.orNull(in.salesOrderId()), nullable(in.assignee()),
                    nullable(in.queue()), firstResponseDue, resolutionDue, clock.instant(), id);
            TicketDto updated = load(id).orElseThrow();
            audit.record("crm", "update", "ticket", String.valueOf(id), JsonText.write(updated));
            return updated;
        });
    }

    @Override
    public TicketDto get(long id) {
        CallContext.require(TicketPermissions.TICKET_READ);
        Optional<Long> companyId = sql.one("SELECT company_id FROM crm_ticket WHERE id = ?", rs -> rs.getLong(1), id);
        Optional<TicketDto> ticket = Optional.empty();
        if (companyId.isPresent()) {
            TicketScope scope = TicketScope.current(sql, companyId.get());
            List<Object> args = new ArrayList<>(List.of(id));
            args.addAll(scope.args());
            ticket = sql.one(SELECT + " WHERE t.id = ?" + scope.where(), TicketService::row, args.toArray());
        }
        return ticket.orElseThrow(() -> new NotFoundException(Text.of("There is no ticket {0}", "不存在工单 {0}", id)));
    }

    /** The ticket whatever the caller's scope, for the module's own use. */
    public Optional<TicketDto> load(long id) {
        return sql.one(SELECT + " WHERE t.id = ?", TicketService::row, id);
    }

    @Override
    public Page<TicketDto> search(long companyId, TicketQuery query, PageRequest page) {
        CallContext.require(TicketPermissions.TICKET_READ);
        TicketQuery q = query == null ? TicketQuery.all() : query;
        StringBuilder where = new StringBuilder(" WHERE t.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (q.status() != null) {
            where.append(" AND t.status = ?");
            args.add(q.status());
        }
        if (q.priority() != null) {
            where.append(" AND t.priority = ?");
            args.add(q.priority());
        }
        if (blank(q.assignee()) != null) {
            where.append(" AND t.assignee = ?");
            args.add(q.assignee().strip());
        }
        if (blank(q.queue()) != null) {
            where.append(" AND t.queue_code = ?");
            args.add(q.queue().strip());
        }
        if (q.customerId() != null) {
            where.append(" AND t.customer_id = ?");
            args.add(q.customerId());
        }
        if (q.breached() != null) {
            where.append(q.breached() ? " AND (t.first_response_breached = ? OR t.resolution_breached = ?)"
                    : " AND t.first_response_breached = ? AND t.resolution_breached = ?");
            args.add(q.breached());
            args.add(q.breached());
        }
        if (blank(q.q()) != null) {
            String like = "%" + q.q().strip().toLowerCase(Locale.ROOT) + "%";
            where.append(" AND (LOWER(t.number) LIKE ? OR LOWER(t.subject) LIKE ? OR LOWER(c.name) LIKE ?)");
            args.addAll(List.of(like, like, like));
        }
        TicketScope scope = TicketScope.current(sql, companyId);
        where.append(scope.where());
        args.addAll(scope.args());
        long total = sql.one("SELECT COUNT(*) FROM crm_ticket t JOIN crm_customer c ON c.party_id = t.customer_id" + where,
                rs -> rs.getLong(1), args.toArray()).orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<TicketDto> items = sql.list(SELECT + where + " ORDER BY t.opened_at DESC, t.id DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", TicketService::row, args.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public List<TicketDto> forCustomer(long customerId) {
        CallContext.require(TicketPermissions.TICKET_READ);
        Optional<CustomerDto> customer = customers.load(customerId);
        if (customer.isEmpty()) {
            return List.of();
        }
        TicketScope scope = TicketScope.current(sql, customer.get().companyId());
        List<Object> args = new ArrayList<>(List.of(customerId));
        args.addAll(scope.args());
        return sql.list(SELECT + " WHERE t.customer_id = ?" + scope.where() + " ORDER BY t.opened_at DESC, t.id DESC",
                TicketService::row, args.toArray());
    }

    // ---------------------------------------------------------------- replies and notes

    @Override
    public TicketCommentDto comment(long id, TicketCommentInput input) {
        CallContext.require(TicketPermissions.TICKET_WRITE);
        TicketCommentInput in = Params.require(input);
        TicketDto ticket = get(id);
        new Validation().required("body", in.body()).maxLength("body", in.body(), 4000).throwIfInvalid();
        boolean internal = Boolean.TRUE.equals(in.internal());
        if (!internal && ticket.status() == TicketStatus.CLOSED) {
            throw new ConflictException(Text.of("Ticket {0} is closed; reopen it before replying to the customer",
                    "工单 {0} 已关闭，请先重新打开再回复客户", ticket.number()));
        }
        return tx.required(() -> {
            Instant now = clock.instant();
            long commentId = sql.insert("INSERT INTO crm_ticket_comment (ticket_id, author, body, is_internal, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", id, CallContext.actorName(), in.body().strip(), internal, now);
            if (!internal) {
                sql.update("UPDATE crm_ticket SET first_responded_at = COALESCE(first_responded_at, ?), status = CASE"
                        + " WHEN status = ? THEN ? ELSE status END, updated_at = ? WHERE id = ?", now, TicketStatus.NEW,
                        TicketStatus.OPEN, now, id);
                customers.recordActivity(ticket.customerId(), LocalDate.ofInstant(now, sla.calendar().zone()));
            } else {
                sql.update("UPDATE crm_ticket SET updated_at = ? WHERE id = ?", now, id);
            }
            TicketCommentDto comment = commentsOf(id).stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
            audit.record("crm", internal ? "note" : "reply", "ticket", String.valueOf(id), JsonText.write(comment));
            return comment;
        });
    }

    @Override
    public List<TicketCommentDto> comments(long id) {
        get(id);
        return commentsOf(id);
    }

    // ---------------------------------------------------------------- workflow

    @Override
    public TicketDto changeStatus(long id, TicketStatus status) {
        CallContext.require(TicketPermissions.TICKET_WRITE);
        if (status == null) {
            throw ValidationException.of("status", Text.of("is required", "必填"));
        }
        TicketDto before = get(id);
        if (before.status() == status) {
            throw new ConflictException(Text.of("Ticket {0} is already {1}", "工单 {0} 已经是 {1} 状态", before.number(),
                    status));
        }
        if (status == TicketStatus.CLOSED && !before.status().canBecome(status)) {
            throw new ConflictException(Text.of("Resolve ticket {0} before closing it", "请先解决工单 {0} 再关闭",
                    before.number()));
        }
        if (!before.status().canBecome(status)) {
            throw new ConflictException(Text.of("A {1} ticket cannot become {2} (ticket {0})",
                    "{1} 状态的工单不能改为 {2}（工单 {0}）", before.number(), before.status(), status));
        }
        boolean reopen = status == TicketStatus.OPEN
                && (before.status() == TicketStatus.RESOLVED || before.status() == TicketStatus.CLOSED);
        return tx.required(() -> {
            Instant now = clock.instant();
            Instant resolvedAt = status == TicketStatus.RESOLVED ? now : reopen ? null : before.resolvedAt();
            Instant closedAt = status == TicketStatus.CLOSED ? now : reopen ? null : before.closedAt();
            sql.update("UPDATE crm_ticket SET status = ?, first_responded_at = COALESCE(first_responded_at, ?),"
                    + " resolved_at = ?, closed_at = ?, reopen_count = reopen_count + ?, updated_at = ? WHERE id = ?",
                    status, now, resolvedAt == null ? Sql.Null.TIMESTAMP : resolvedAt,
                    closedAt == null ? Sql.Null.TIMESTAMP : closedAt, reopen ? 1 : 0, now, id);
            TicketDto changed = load(id).orElseThrow();
            audit.record("crm", reopen ? "reopen" : "status", "ticket", String.valueOf(id),
                    JsonText.object("number", before.number(), "from", before.status(), "to", status));
            return changed;
        });
    }

    // ---------------------------------------------------------------- knowledge base

    @Override
    public List<ArticleDto> linkArticle(long id, long articleId) {
        CallContext.require(TicketPermissions.TICKET_WRITE);
        TicketDto ticket = get(id);
        ArticleDto article = kb.load(articleId).filter(a -> a.companyId() == ticket.companyId())
                .orElseThrow(() -> new NotFoundException(Text.of("There is no article {0}", "不存在知识库文章 {0}",
                        articleId)));
        if (!article.published()) {
            throw new ConflictException(Text.of("Article {0} is a draft; publish it before linking it to a ticket",
                    "文章 {0} 还是草稿，发布后才能关联到工单", article.title()));
        }
        return tx.required(() -> {
            boolean linked = sql.one("SELECT 1 FROM crm_ticket_article WHERE ticket_id = ? AND article_id = ?",
                    rs -> 1, id, articleId).isPresent();
            if (!linked) {
                sql.update("INSERT INTO crm_ticket_article (ticket_id, article_id, linked_by, linked_at)"
                        + " VALUES (?, ?, ?, ?)", id, articleId, CallContext.actorName(), clock.instant());
                audit.record("crm", "link-article", "ticket", String.valueOf(id),
                        JsonText.object("articleId", articleId, "title", article.title()));
            }
            return articlesOf(id);
        });
    }

    @Override
    public void unlinkArticle(long id, long articleId) {
        CallContext.require(TicketPermissions.TICKET_WRITE);
        TicketDto ticket = get(id);
        tx.required(() -> {
            if (sql.update("DELETE FROM crm_ticket_article WHERE ticket_id = ? AND article_id = ?", id, articleId) == 0) {
                throw new NotFoundException(Text.of("Article {0} is not linked to ticket {1}",
                        "文章 {0} 未关联到工单 {1}", articleId, ticket.number()));
            }
            audit.record("crm", "unlink-article", "ticket", String.valueOf(id), JsonText.object("articleId", articleId));
            return null;
        });
    }

    @Override
    public List<ArticleDto> articles(long id) {
        get(id);
        return articlesOf(id);
    }

    // ---------------------------------------------------------------- helpers

    private Validation fieldChecks(TicketInput in, long companyId) {
        Validation v = new Validation();
        v.required("subject", blank(in.subject())).maxLength("subject", in.subject(), 200)
                .maxLength("description", in.description(), 4000).maxLength("category", in.category(), 60)
                .maxLength("assignee", in.assignee(), 100).maxLength("queue", in.queue(), 32);
        String assignee = blank(in.assignee());
        v.check(assignee == null || users.users().stream().anyMatch(u -> u.username().equals(assignee)), "assignee",
                Text.of("{0} is not a user", "{0} 不是系统用户", assignee));
        String queue = blank(in.queue());
        v.check(queue == null || teams.findByCode(companyId, queue).isPresent(), "queue",
                Text.of("there is no team {0}", "不存在团队 {0}", queue));
        return v;
    }

    private void orderCheck(Validation v, Long salesOrderId, Long customerId, long companyId) {
        if (salesOrderId == null) {
            return;
        }
        record Order(long customerId, long companyId) {
        }
        Optional<Order> order = sql.one("SELECT customer_id, company_id FROM crm_sales_order WHERE id = ?",
                rs -> new Order(rs.getLong(1), rs.getLong(2)), salesOrderId);
        if (order.isEmpty() || order.get().companyId() != companyId) {
            v.add("salesOrderId", Text.of("there is no sales order {0}", "不存在销售订单 {0}", salesOrderId));
        } else if (customerId != null && order.get().customerId() != customerId) {
            v.add("salesOrderId", Text.of("is an order of another customer", "是其他客户的订单"));
        }
    }

    private List<TicketCommentDto> commentsOf(long id) {
        return sql.list("SELECT id, ticket_id, author, body, is_internal, created_at FROM crm_ticket_comment"
                + " WHERE ticket_id = ? ORDER BY created_at, id", rs -> new TicketCommentDto(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5), Sql.instant(rs, "created_at")), id);
    }

    private List<ArticleDto> articlesOf(long id) {
        return sql.list("SELECT article_id FROM crm_ticket_article WHERE ticket_id = ? ORDER BY linked_at, article_id",
                rs -> rs.getLong(1), id).stream().map(a -> kb.load(a).orElseThrow()).toList();
    }

    private static TicketDto row(ResultSet rs) throws SQLException {
        return new TicketDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"), rs.getString("subject"),
                rs.getString("description"), TicketChannel.valueOf(rs.getString("channel")),
                TicketPriority.valueOf(rs.getString("priority")), rs.getString("category"), rs.getLong("customer_id"),
                rs.getString("customer_name"), Sql.nullableLong(rs, "sales_order_id"), rs.getString("assignee"),
                rs.getString("queue_code"), TicketStatus.valueOf(rs.getString("status")), Sql.instant(rs, "opened_at"),
                Sql.instant(rs, "first_response_due"), Sql.instant(rs, "first_responded_at"),
                rs.getBoolean("first_response_breached"), Sql.instant(rs, "resolution_due"),
                Sql.instant(rs, "resolved_at"), rs.getBoolean("resolution_breached"), Sql.instant(rs, "closed_at"),
                rs.getInt("reopen_count"), rs.getString("escalated_to"), rs.getString("created_by"),
                Sql.instant(rs, "updated_at"));
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
