package io.tangram.crm.impl.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.Customers;
import io.tangram.crm.api.activity.Activities;
import io.tangram.crm.api.activity.ActivityQuery;
import io.tangram.crm.api.activity.FollowUpQuery;
import io.tangram.crm.api.activity.FollowUps;
import io.tangram.crm.api.activity.RelatedTo;
import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.sales.Quotes;
import io.tangram.crm.api.sales.SalesOrderQuery;
import io.tangram.crm.api.sales.SalesOrders;
import io.tangram.crm.api.ticket.Tickets;
import io.tangram.crm.api.view.CustomerView;
import io.tangram.crm.api.view.CustomerViews;
import io.tangram.crm.api.view.InvoiceLine;
import io.tangram.crm.api.view.Receivables;
import io.tangram.crm.api.view.ViewSection;
import io.tangram.crm.impl.activity.ActivityPermissions;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.pipeline.PipelinePermissions;
import io.tangram.crm.impl.ticket.TicketPermissions;
import io.tangram.finance.api.arap.AgingAmounts;
import io.tangram.finance.api.arap.CustomerExposure;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceQuery;
import io.tangram.finance.api.arap.Invoices;
import io.tangram.finance.api.arap.OpenItemKind;
import io.tangram.finance.api.arap.OpenItems;
import io.tangram.finance.api.arap.PartyAging;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/**
 * Puts the 360° view together from the CRM services and, when finance is installed, its invoices,
 * open items and aging. A section the caller has no permission for, or whose module is missing, is
 * returned empty with a note saying why, never as an error of the whole view.
 */
@Component(service = CustomerViews.class)
public class CustomerViewService implements CustomerViews {
    /** Finance's permission to read invoices (its impl bundle exports nothing, hence the name). */
    static final String FINANCE_INVOICE_READ = "finance.invoice.read";
    private static final Text FINANCE_ABSENT = Text.of("finance is not installed: no invoices or balance",
            "未安装财务模块：无发票和余额");

    private final Customers customers;
    private final Activities activities;
    private final FollowUps followUps;
    private final Quotes quotes;
    private final SalesOrders orders;
    private final Tickets tickets;
    private final ZoneId zone = ZoneId.systemDefault();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Opportunities opportunities;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Invoices invoices;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile OpenItems openItems;

    @Activate
    public CustomerViewService(@Reference Customers customers, @Reference Activities activities,
                               @Reference FollowUps followUps, @Reference Quotes quotes, @Reference SalesOrders orders,
                               @Reference Tickets tickets) {
        this.customers = customers;
        this.activities = activities;
        this.followUps = followUps;
        this.quotes = quotes;
        this.orders = orders;
        this.tickets = tickets;
    }

    @Override
    public CustomerView of(long customerId, int limit) {
        if (limit < 1 || limit > 200) {
            throw ValidationException.of("limit", Text.of("must be 1 to 200", "必须在 1 到 200 之间"));
        }
        CustomerDto c = customers.get(customerId);
        long company = c.companyId();
        PageRequest page = new PageRequest(0, limit);
        Opportunities pipeline = opportunities;
        Invoices financeInvoices = invoices;
        OpenItems financeItems = openItems;
        return new CustomerView(c,
                section(ActivityPermissions.ACTIVITY_READ, "activities", "活动", () -> activities.search(company,
                        new ActivityQuery(RelatedTo.CUSTOMER, customerId, null, null, null, null), page)),
                section(ActivityPermissions.FOLLOW_UP_READ, "follow-ups", "跟进任务", () -> followUps.search(company,
                        new FollowUpQuery(null, false, RelatedTo.CUSTOMER, customerId), page)),
                pipeline == null ? absent(Text.of("opportunities unavailable: the pipeline is not running",
                        "商机不可用：销售漏斗未运行"))
                        : section(PipelinePermissions.OPPORTUNITY_READ, "opportunities", "商机",
                                () -> all(pipeline.list(company, customerId, null), limit)),
                section(CrmPermissions.QUOTE_READ, "quotes", "报价单", () -> all(quotes.list(company, customerId, null), limit)),
                section(CrmPermissions.ORDER_READ, "sales orders", "销售订单", () -> orders.search(company,
                        new SalesOrderQuery(customerId, null, null, null, null), page)),
                section(CrmPermissions.ORDER_READ, "shipments", "发货单",
                        () -> all(orders.shipmentsOfCustomer(customerId), limit)),
                financeInvoices == null ? absent(FINANCE_ABSENT)
                        : section(FINANCE_INVOICE_READ, "invoices", "发票", () -> financeInvoices.search(company,
                                new InvoiceQuery(InvoiceKind.SALES, customerId, null, null, null, null), page)
                                .map(CustomerViewService::invoiceLine)),
                financeItems == null ? absent(FINANCE_ABSENT)
                        : section(FINANCE_INVOICE_READ, "open balance", "未结余额",
                                () -> all(List.of(receivables(financeItems, c)), 1)),
                section(TicketPermissions.TICKET_READ, "service tickets", "服务工单",
                        () -> all(tickets.forCustomer(customerId), limit)),
                Instant.now());
    }

    private Receivables receivables(OpenItems items, CustomerDto c) {
        LocalDate today = LocalDate.now(zone);
        CustomerExposure exposure = items.exposure(c.companyId(), c.partyId());
        AgingAmounts aging = items.aging(c.companyId(), OpenItemKind.RECEIVABLE, today).parties().stream()
                .filter(p -> p.partyId() == c.partyId()).map(PartyAging::amounts).findFirst().orElse(null);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new Receivables(today, exposure.openReceivables().currency().getCurrencyCode(),
                exposure.openReceivables().amount(), exposure.overdue().amount(),
                aging == null ? zero : aging.current().amount(), aging == null ? zero : aging.days1To30().amount(),
                aging == null ? zero : aging.days31To60().amount(), aging == null ? zero : aging.days61To90().amount(),
                aging == null ? zero : aging.over90().amount(),
                c.creditLimit() == null ? null : c.creditLimit().amount());
    }

    private static InvoiceLine invoiceLine(InvoiceDto i) {
        return new InvoiceLine(i.id(), i.number(), i.invoiceDate(), i.dueDate(), i.status().name(),
                i.creditNoteOf() != null, i.total().amount(), i.open().amount());
    }

    private static <T> ViewSection<T> section(String permission, String what, String whatZh, Callable<Page<T>> read) {
        Caller caller = CallContext.current().orElse(null);
        if (caller == null || !caller.has(permission)) {
            Text note = Text.of("{0} not shown: needs permission {1}", "未显示{2}：需要权限 {1}", what, permission, whatZh);
            return absent(note);
        }
        try {
            Page<T> page = read.call();
            return new ViewSection<>(true, null, null, page.total(), page.items());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the " + what + " of the customer", e);
        }
    }

    private static <T> Page<T> all(List<T> items, int limit) {
        return new Page<>(items.stream().limit(limit).toList(), items.size(), 0, limit);
    }

    private static <T> ViewSection<T> absent(Text note) {
        return new ViewSection<>(false, note.in(java.util.Locale.ENGLISH), note.in(java.util.Locale.SIMPLIFIED_CHINESE),
                0, List.of());
    }
}
