package io.tangram.finance.impl.arap.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.api.arap.AgingAmounts;
import io.tangram.finance.api.arap.AgingBucket;
import io.tangram.finance.api.arap.AgingReport;
import io.tangram.finance.api.arap.CustomerExposure;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.api.arap.OpenItem;
import io.tangram.finance.api.arap.OpenItemKind;
import io.tangram.finance.api.arap.OpenItems;
import io.tangram.finance.api.arap.PartyAging;
import io.tangram.finance.impl.arap.Aging;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/**
 * Open items read from posted invoices, their credit notes and posted allocations, as they stood at
 * the end of a day: a credit note or payment dated later does not count yet.
 */
@Component(service = OpenItems.class)
public class OpenItemService implements OpenItems {

    private final Sql sql;
    private final CompanyService companies;

    @Activate
    public OpenItemService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.companies = companies;
    }

    /** An open invoice with the party it belongs to. */
    private record Open(long partyId, OpenItem item) {
    }

    @Override
    public AgingReport aging(long companyId, OpenItemKind kind, LocalDate at) {
        new Validation().required("kind", kind).required("at", at).throwIfInvalid();
        Currency currency = currency(companyId);
        Map<Long, List<OpenItem>> byParty = new TreeMap<>();
        for (Open o : open(companyId, kind.invoiceKind(), at, null, currency)) {
            byParty.computeIfAbsent(o.partyId(), p -> new ArrayList<>()).add(o.item());
        }
        List<PartyAging> parties = new ArrayList<>();
        List<OpenItem> all = new ArrayList<>();
        byParty.forEach((party, items) -> {
            parties.add(new PartyAging(party, amounts(items, currency), items));
            all.addAll(items);
        });
        return new AgingReport(companyId, kind, at, currency.getCurrencyCode(), parties, amounts(all, currency));
    }

    @Override
    public CustomerExposure exposure(long companyId, long partyId) {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        Currency currency = currency(companyId);
        BigDecimal open = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        LocalDate oldest = null;
        // everything the customer owes counts, also invoices dated after today
        List<Open> items = open(companyId, InvoiceKind.SALES, LocalDate.of(9999, 12, 31), today, partyId, currency);
        for (Open o : items) {
            open = open.add(o.item().open().amount());
            if (o.item().daysOverdue() > 0) {
                overdue = overdue.add(o.item().open().amount());
            }
            if (oldest == null || o.item().dueDate().isBefore(oldest)) {
                oldest = o.item().dueDate();
            }
        }
        return new CustomerExposure(companyId, partyId, today, Money.of(open, currency), Money.of(overdue, currency),
                items.size(), oldest);
    }

    private List<Open> open(long companyId, InvoiceKind kind, LocalDate at, Long partyId, Currency currency) {
        return open(companyId, kind, at, at, partyId, currency);
    }

    /** Invoices, credits and payments dated up to {@code until}, overdue as of {@code at}. */
    private List<Open> open(long companyId, InvoiceKind kind, LocalDate until, LocalDate at, Long partyId,
                            Currency currency) {
        List<Object> args = new ArrayList<>(List.of(until, until, companyId, kind, InvoiceStatus.DRAFT, until));
        String party = "";
        if (partyId != null) {
            party = " AND i.party_id = ?";
            args.add(partyId);
        }
        List<Open> rows = sql.list("SELECT i.id, i.number, i.external_number, i.party_id, i.invoice_date, i.due_date,"
                + " i.total, (SELECT COALESCE(SUM(c.total), 0) FROM fin_invoice c WHERE c.credit_note_of = i.id"
                + " AND c.invoice_date <= ?) AS credited, (SELECT COALESCE(SUM(a.amount), 0) FROM fin_payment_allocation a"
                + " WHERE a.invoice_id = i.id AND a.posted_on <= ?) AS paid FROM fin_invoice i WHERE i.company_id = ?"
                + " AND i.kind = ? AND i.credit_note_of IS NULL AND i.status <> ? AND i.invoice_date <= ?" + party
                + " ORDER BY i.party_id, i.due_date, i.id", rs -> {
                    LocalDate due = Sql.date(rs, "due_date");
                    BigDecimal total = rs.getBigDecimal("total");
                    BigDecimal open = total.subtract(rs.getBigDecimal("credited")).subtract(rs.getBigDecimal("paid"));
                    int days = Aging.daysOverdue(due, at);
                    return new Open(rs.getLong("party_id"), new OpenItem(rs.getLong("id"), rs.getString("number"),
                            rs.getString("external_number"), Sql.date(rs, "invoice_date"), due, days, Aging.bucket(days),
                            Money.of(total, currency), Money.of(open, currency)));
                }, args.toArray());
        return rows.stream().filter(o -> o.item().open().signum() != 0).toList();
    }

    private static AgingAmounts amounts(List<OpenItem> items, Currency currency) {
        BigDecimal[] sums = new BigDecimal[AgingBucket.values().length];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        BigDecimal total = BigDecimal.ZERO;
        for (OpenItem item : items) {
            sums[item.bucket().ordinal()] = sums[item.bucket().ordinal()].add(item.open().amount());
            total = total.add(item.open().amount());
        }
        return new AgingAmounts(Money.of(sums[0], currency), Money.of(sums[1], currency), Money.of(sums[2], currency),
                Money.of(sums[3], currency), Money.of(sums[4], currency), Money.of(total, currency));
    }

    private Currency currency(long companyId) {
        return Currency.getInstance(companies.get(companyId).currency());
    }
}
