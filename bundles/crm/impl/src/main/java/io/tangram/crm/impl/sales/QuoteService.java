package io.tangram.crm.impl.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.CrmTopics;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.sales.QuoteDto;
import io.tangram.crm.api.sales.QuoteInput;
import io.tangram.crm.api.sales.QuoteStatus;
import io.tangram.crm.api.sales.Quotes;
import io.tangram.crm.api.sales.SalesLineDto;
import io.tangram.crm.api.sales.SalesLineInput;
import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.SalesOrderInput;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.CrmSettings;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.Visibility;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ReferenceDataService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Quotes in {@code crm_quote} / {@code crm_quote_line}, priced like orders. Sending one publishes
 * {@link CrmTopics#QUOTE_SENT} (follow-up rules remind the owner); turning it into an order copies its
 * lines and prices into a draft sales order.
 */
@Component(service = Quotes.class)
public class QuoteService implements Quotes {

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final CompanyService companies;
    private final DocumentNumbers numbers;
    private final CrmSettings settings;
    private final SalesOrderService orders;
    private final LinePricing pricing;
    private final ZoneId zone = ZoneId.systemDefault();

    @Activate
    public QuoteService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                        @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                        @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                        @Reference CustomerService customers, @Reference CompanyService companies,
                        @Reference DocumentNumbers numbers, @Reference CrmSettings settings,
                        @Reference SalesOrderService orders, @Reference ProductService products,
                        @Reference ReferenceDataService referenceData, @Reference PriceListService priceLists) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.companies = companies;
        this.numbers = numbers;
        this.settings = settings;
        this.orders = orders;
        this.pricing = new LinePricing(customers, products, referenceData, priceLists);
    }

    @Override
    public QuoteDto create(QuoteInput input) {
        CallContext.require(CrmPermissions.QUOTE_WRITE);
        QuoteInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        Draft d = check(companyId, in);
        return tx.required(() -> {
            String number = numbers.next(companyId, "QT", d.date().getYear());
            Instant now = Instant.now();
            long id = sql.insert("INSERT INTO crm_quote (company_id, number, customer_id, owner, status, quote_date,"
                    + " valid_until, opportunity_id, campaign_id, currency, total_net, total_tax, total, note, created_by,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId,
                    number, d.customer().partyId(), d.customer().owner(), QuoteStatus.DRAFT, d.date(), d.validUntil(),
                    Sql.orNull(in.opportunityId()), Sql.orNull(in.campaignId()), companies.get(companyId).currency(),
                    d.totals().net(), d.totals().tax(), d.totals().total(), text(in.note()), CallContext.actorName(), now,
                    now);
            insertLines(id, d.lines());
            QuoteDto created = load(id);
            audit.record("crm", "create", "quote", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    @Override
    public QuoteDto update(long id, QuoteInput input) {
        CallContext.require(CrmPermissions.QUOTE_WRITE);
        QuoteInput in = Params.require(input);
        QuoteDto before = get(id);
        if (before.status() != QuoteStatus.DRAFT) {
            throw new ConflictException(Text.of("Quote {0} is {1} and can no longer be changed",
                    "报价单 {0} 已是 {1} 状态，不能再修改", before.number(), before.status()));
        }
        Draft d = check(before.companyId(), in);
        return tx.required(() -> {
            sql.update("UPDATE crm_quote SET customer_id = ?, owner = ?, quote_date = ?, valid_until = ?, opportunity_id = ?,"
                    + " campaign_id = ?, total_net = ?, total_tax = ?, total = ?, note = ?, updated_at = ? WHERE id = ?"
                    + " AND status = 'DRAFT'", d.customer().partyId(), d.customer().owner(), d.date(), d.validUntil(),
                    Sql.orNull(in.opportunityId()), Sql.orNull(in.campaignId()), d.totals().net(), d.totals().tax(),
                    d.totals().total(), text(in.note()), Instant.now(), id);
            sql.update("DELETE FROM crm_quote_line WHERE quote_id = ?", id);
            insertLines(id, d.lines());
            QuoteDto updated = load(id);
            audit.record("crm", "update", "quote", String.valueOf(id), JsonText.write(updated));
            return updated;
        });
    }

    @Override
    public QuoteDto get(long id) {
        CallContext.require(CrmPermissions.QUOTE_READ);
        Optional<QuoteDto> quote = find(id);
        if (quote.isEmpty() || !Visibility.current(sql, quote.get().companyId()).sees(quote.get().owner())) {
            throw new NotFoundException(Text.of("There is no quote {0}", "不存在报价单 {0}", id));
        }
        return quote.get();
    }

    @Override
    public List<QuoteDto> list(long companyId, Long customerId, QuoteStatus status) {
        CallContext.require(CrmPermissions.QUOTE_READ);
        Visibility visibility = Visibility.current(sql, companyId);
        StringBuilder where = new StringBuilder(" WHERE company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (customerId != null) {
            where.append(" AND customer_id = ?");
            args.add(customerId);
        }
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status.name());
        }
        where.append(visibility.filter("owner"));
        args.addAll(visibility.args());
        return sql.list("SELECT id FROM crm_quote" + where + " ORDER BY quote_date DESC, id DESC", rs -> rs.getLong(1),
                args.toArray()).stream().map(this::load).toList();
    }

    @Override
    public QuoteDto send(long id) {
        CallContext.require(CrmPermissions.QUOTE_WRITE);
        QuoteDto q = get(id);
        if (q.status() != QuoteStatus.DRAFT && q.status() != QuoteStatus.SENT) {
            throw new ConflictException(Text.of("Quote {0} is {1} and cannot be sent", "报价单 {0} 已是 {1} 状态，不能发送",
                    q.number(), q.status()));
        }
        if (q.validUntil().isBefore(LocalDate.now(zone))) {
            throw new ConflictException(Text.of("Quote {0} expired on {1}; change its validity first",
                    "报价单 {0} 已于 {1} 过期；请先修改有效期", q.number(), q.validUntil()));
        }
        return tx.required(() -> {
            Instant now = Instant.now();
            sql.update("UPDATE crm_quote SET status = ?, sent_at = ?, updated_at = ? WHERE id = ?", QuoteStatus.SENT, now,
                    now, id);
            QuoteDto sent = load(id);
            audit.record("crm", "send", "quote", String.valueOf(id), JsonText.object("number", q.number()));
            events.publish(CrmTopics.QUOTE_SENT, q.companyId(), q.number(), JsonText.object("id", id, "number", q.number(),
                    "companyId", q.companyId(), "customerId", q.customerId(), "owner", q.owner(),
                    "sentOn", LocalDate.ofInstant(now, zone), "total", q.total()));
            return sent;
        });
    }

    @Override
    public QuoteDto reject(long id, String reason) {
        CallContext.require(CrmPermissions.QUOTE_WRITE);
        Validation v = new Validation();
        v.required("reason", reason == null || reason.isBlank() ? null : reason).maxLength("reason", reason, 300);
        v.throwIfInvalid();
        QuoteDto q = get(id);
        if (q.status() == QuoteStatus.ORDERED || q.status() == QuoteStatus.REJECTED) {
            throw new ConflictException(Text.of("Quote {0} is already {1}", "报价单 {0} 已是 {1} 状态", q.number(),
                    q.status()));
        }
        return tx.required(() -> {
            sql.update("UPDATE crm_quote SET status = ?, note = ?, updated_at = ? WHERE id = ?", QuoteStatus.REJECTED,
                    cut("rejected: " + reason.strip() + (q.note() == null ? "" : " | " + q.note())), Instant.now(), id);
            audit.record("crm", "reject", "quote", String.valueOf(id), JsonText.object("number", q.number(),
                    "reason", reason.strip()));
            return load(id);
        });
    }

    @Override
    public SalesOrderDto toOrder(long id) {
        CallContext.require(CrmPermissions.ORDER_WRITE);
        QuoteDto q = get(id);
        if (q.status() == QuoteStatus.ORDERED || q.status() == QuoteStatus.REJECTED) {
            throw new ConflictException(Text.of("Quote {0} is {1} and cannot become an order",
                    "报价单 {0} 已是 {1} 状态，不能转为订单", q.number(), q.status()));
        }
        if (q.validUntil().isBefore(LocalDate.now(zone))) {
            throw new ConflictException(Text.of("Quote {0} expired on {1}", "报价单 {0} 已于 {1} 过期", q.number(),
                    q.validUntil()));
        }
        List<SalesLineInput> lines = q.lines().stream().map(l -> new SalesLineInput(l.productId(), l.quantity(),
                l.unitPrice(), l.discountPercent(), l.taxRate(), l.description())).toList();
        return tx.required(() -> {
            SalesOrderDto order = orders.createFromQuote(id, new SalesOrderInput(q.companyId(), q.customerId(), null, null,
                    q.opportunityId(), q.campaignId(), null, "from quote " + q.number(), lines));
            sql.update("UPDATE crm_quote SET status = ?, order_id = ?, updated_at = ? WHERE id = ?", QuoteStatus.ORDERED,
                    order.id(), Instant.now(), id);
            audit.record("crm", "order", "quote", String.valueOf(id), JsonText.object("number", q.number(),
                    "order", order.number()));
            return order;
        });
    }

    private Draft check(long companyId, QuoteInput in) {
        Validation v = new Validation();
        v.maxLength("note", in.note(), 500);
        LocalDate date = in.quoteDate() == null ? LocalDate.now(zone) : in.quoteDate();
        LocalDate validUntil = in.validUntil() == null ? date.plusDays(settings.quoteValidDays()) : in.validUntil();
        v.check(!validUntil.isBefore(date), "validUntil", Text.of("must not be before the quote date",
                "不能早于报价日期"));
        LinePricing.Document document = pricing.document(companyId, in.customerId(), date, in.lines(), v);
        v.throwIfInvalid();
        return new Draft(document.customer(), date, validUntil, document.lines(), document.totals());
    }

    private void insertLines(long quoteId, List<LinePricing.Priced> lines) {
        int no = 1;
        for (LinePricing.Priced p : lines) {
            sql.insert("INSERT INTO crm_quote_line (quote_id, line_no, product_id, product_code, description, quantity,"
                    + " unit_price, discount_percent, net_unit_price, tax_rate, net_amount, tax_amount, price_source)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quoteId, no++, p.productId(), p.productCode(),
                    p.description(), p.quantity(), p.unitPrice(), p.discountPercent(), p.amounts().netUnitPrice(),
                    p.taxRate(), p.amounts().net(), p.amounts().tax(), p.priceSource());
        }
    }

    private Optional<QuoteDto> find(long id) {
        return sql.one("SELECT id FROM crm_quote WHERE id = ?", rs -> rs.getLong(1), id).map(this::load);
    }

    private QuoteDto load(long id) {
        List<SalesLineDto> lines = sql.list("SELECT id, line_no, product_id, product_code, description, quantity,"
                + " unit_price, discount_percent, net_unit_price, tax_rate, net_amount, tax_amount, price_source,"
                + " CAST(NULL AS DECIMAL(19,4)) AS reserved, CAST(NULL AS DECIMAL(19,4)) AS shipped,"
                + " CAST(NULL AS DECIMAL(19,4)) AS invoiced FROM crm_quote_line WHERE quote_id = ?"
                + " ORDER BY line_no", SalesOrderService::lineRow, id);
        return sql.one("SELECT q.*, c.name AS customer_name, o.number AS order_number FROM crm_quote q JOIN crm_customer c"
                + " ON c.party_id = q.customer_id LEFT JOIN crm_sales_order o ON o.id = q.order_id WHERE q.id = ?",
                rs -> new QuoteDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"),
                        rs.getLong("customer_id"), rs.getString("customer_name"), rs.getString("owner"),
                        QuoteStatus.valueOf(rs.getString("status")), Sql.date(rs, "quote_date"),
                        Sql.date(rs, "valid_until"), Sql.nullableLong(rs, "opportunity_id"),
                        Sql.nullableLong(rs, "campaign_id"), rs.getString("currency"), rs.getBigDecimal("total_net"),
                        rs.getBigDecimal("total_tax"), rs.getBigDecimal("total"), rs.getString("note"), lines,
                        Sql.nullableLong(rs, "order_id"), rs.getString("order_number"), Sql.instant(rs, "sent_at"),
                        rs.getString("created_by"), Sql.instant(rs, "created_at")), id).orElseThrow();
    }

    private static String cut(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }

    private static Object text(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private record Draft(CustomerDto customer, LocalDate date, LocalDate validUntil, List<LinePricing.Priced> lines,
                         SalesLines.Totals totals) {
    }
}
