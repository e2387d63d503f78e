package io.tangram.crm.impl.sales;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.crm.api.CrmTopics;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.sales.OrderStepDto;
import io.tangram.crm.api.sales.SalesLineDto;
import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.SalesOrderInput;
import io.tangram.crm.api.sales.SalesOrderQuery;
import io.tangram.crm.api.sales.SalesOrderStatus;
import io.tangram.crm.api.sales.SalesOrders;
import io.tangram.crm.api.sales.SalesStep;
import io.tangram.crm.api.sales.ShipmentDto;
import io.tangram.crm.api.sales.ShipmentInput;
import io.tangram.crm.api.sales.ShipmentLineDto;
import io.tangram.crm.api.sales.ShipmentLineInput;
import io.tangram.crm.api.sales.StepOutcome;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.Visibility;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.finance.api.arap.CustomerExposure;
import io.tangram.finance.api.arap.Invoices;
import io.tangram.finance.api.arap.OpenItems;
import io.tangram.inventory.api.Replenishment;
import io.tangram.inventory.api.RequisitionDto;
import io.tangram.inventory.api.RequisitionStatus;
import io.tangram.inventory.api.ReservationDto;
import io.tangram.inventory.api.ReservationInput;
import io.tangram.inventory.api.ReservationStatus;
import io.tangram.inventory.api.ShortageInput;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.api.StockReservations;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ReferenceDataService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Sales orders in {@code crm_sales_order} and their shipments. Inventory and finance are optional
 * and dynamic: confirming and shipping use them when they are installed — in the same transaction,
 * so a refusal anywhere leaves nothing half done — and record on the order, in plain words, each step
 * skipped because one is not. Reservations are held per order line under document type
 * {@value #DOCUMENT_TYPE} and reference {@code <order number>/<line no>}.
 */
@Component(service = {SalesOrders.class, SalesOrderService.class})
public class SalesOrderService implements SalesOrders {
    static final String DOCUMENT_TYPE = "SALES_ORDER";
    private static final Text INVENTORY_ABSENT_CHECK = Text.of("stock not checked: inventory is not installed",
            "未检查库存：未安装库存模块");
    private static final Text FINANCE_ABSENT_CREDIT = Text.of("credit not checked: finance is not installed",
            "未检查信用：未安装财务模块");

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final CustomerService customers;
    private final CompanyService companies;
    private final DocumentNumbers numbers;
    private final LinePricing pricing;
    private final ZoneId zone = ZoneId.systemDefault();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile StockReservations reservations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Replenishment replenishment;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile WarehouseService warehouses;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile OpenItems openItems;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Invoices invoices;

    @Activate
    public SalesOrderService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                             @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                             @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                             @Reference CustomerService customers, @Reference CompanyService companies,
                             @Reference DocumentNumbers numbers, @Reference ProductService products,
                             @Reference ReferenceDataService referenceData, @Reference PriceListService priceLists) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.customers = customers;
        this.companies = companies;
        this.numbers = numbers;
        this.pricing = new LinePricing(customers, products, referenceData, priceLists);
    }

    // ---------------------------------------------------------------- drafts

    @Override
    public SalesOrderDto create(SalesOrderInput input) {
        CallContext.require(CrmPermissions.ORDER_WRITE);
        SalesOrderInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        Draft d = check(companyId, in);
        return tx.required(() -> {
            String number = numbers.next(companyId, "SO", d.date().getYear());
            Instant now = Instant.now();
            long id = sql.insert("INSERT INTO crm_sales_order (company_id, number, customer_id, owner, status, order_date,"
                    + " warehouse_id, opportunity_id, campaign_id, customer_reference, currency, total_net, total_tax,"
                    + " total, invoiced, paid, note, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)", companyId, number,
                    d.customer().partyId(), d.customer().owner(), SalesOrderStatus.DRAFT, d.date(),
                    Sql.orNull(in.warehouseId()), Sql.orNull(in.opportunityId()), Sql.orNull(in.campaignId()),
                    text(in.customerReference()), currency(companyId), d.totals().net(), d.totals().tax(),
                    d.totals().total(), text(in.note()), CallContext.actorName(), now, now);
            insertLines(id, d.lines());
            SalesOrderDto created = load(id);
            audit.record("crm", "create", "sales-order", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /** Creates a draft order from a quote's lines, for {@link QuoteService#toOrder}. */
    SalesOrderDto createFromQuote(long quoteId, SalesOrderInput input) {
        SalesOrderDto order = create(input);
        sql.update("UPDATE crm_sales_order SET quote_id = ? WHERE id = ?", quoteId, order.id());
        return load(order.id());
    }

    @Override
    public SalesOrderDto update(long id, SalesOrderInput input) {
        CallContext.require(CrmPermissions.ORDER_WRITE);
        SalesOrderInput in = Params.require(input);
        return tx.required(() -> {
            Header h = lock(id);
            if (h.status() != SalesOrderStatus.DRAFT) {
                throw new ConflictException(Text.of("Order {0} is {1} and can no longer be changed",
                        "订单 {0} 已是 {1} 状态，不能再修改", h.number(), h.status()));
            }
            Draft d = check(h.companyId(), in);
            sql.update("UPDATE crm_sales_order SET customer_id = ?, owner = ?, order_date = ?, warehouse_id = ?,"
                    + " opportunity_id = ?, campaign_id = ?, customer_reference = ?, total_net = ?, total_tax = ?,"
                    + " total = ?, note = ?, updated_at = ? WHERE id = ?", d.customer().partyId(), d.customer().owner(),
                    d.date(), Sql.orNull(in.warehouseId()), Sql.orNull(in.opportunityId()), Sql.orNull(in.campaignId()),
                    text(in.customerReference()), d.totals().net(), d.totals().tax(), d.totals().total(), text(in.note()),
                    Instant.now(), id);
            sql.update("DELETE FROM crm_sales_order_line WHERE order_id = ?", id);
            insertLines(id, d.lines());
            SalesOrderDto updated = load(id);
            audit.record("crm", "update", "sales-order", String.valueOf(id), JsonText.write(updated));
            return updated;
        });
    }

    // ---------------------------------------------------------------- reading

    @Override
    public SalesOrderDto get(long id) {
        CallContext.require(CrmPermissions.ORDER_READ);
        SalesOrderDto order = find(id).orElseThrow(() -> notFound(String.valueOf(id)));
        if (!Visibility.current(sql, order.companyId()).sees(order.owner())) {
            throw notFound(String.valueOf(id));
        }
        return order;
    }

    @Override
    public SalesOrderDto getByNumber(long companyId, String number) {
        long id = sql.one("SELECT id FROM crm_sales_order WHERE company_id = ? AND number = ?", rs -> rs.getLong(1),
                companyId, number == null ? "" : number.strip()).orElseThrow(() -> notFound(number));
        return get(id);
    }

    @Override
    public Page<SalesOrderDto> search(long companyId, SalesOrderQuery query, PageRequest page) {
        CallContext.require(CrmPermissions.ORDER_READ);
        SalesOrderQuery q = query == null ? new SalesOrderQuery(null, null, null, null, null) : query;
        Visibility visibility = Visibility.current(sql, companyId);
        StringBuilder where = new StringBuilder(" WHERE company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (q.customerId() != null) {
            where.append(" AND customer_id = ?");
            args.add(q.customerId());
        }
        if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status().name());
        }
        if (q.owner() != null && !q.owner().isBlank()) {
            where.append(" AND owner = ?");
            args.add(q.owner().strip());
        }
        if (q.from() != null) {
            where.append(" AND order_date >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            where.append(" AND order_date <= ?");
            args.add(q.to());
        }
        where.append(visibility.filter("owner"));
        args.addAll(visibility.args());
        List<Long> ids = sql.list("SELECT id FROM crm_sales_order" + where + " ORDER BY order_date DESC, id DESC",
                rs -> rs.getLong(1), args.toArray());
        List<SalesOrderDto> items = ids.stream().skip(page.offset()).limit(page.limit()).map(this::load).toList();
        return new Page<>(items, ids.size(), page.offset(), page.limit());
    }

    Optional<SalesOrderDto> find(long id) {
        return sql.one("SELECT id FROM crm_sales_order WHERE id = ?", rs -> rs.getLong(1), id).map(this::load);
    }

    // ---------------------------------------------------------------- confirmation

    @Override
    public SalesOrderDto confirm(long id) {
        CallContext.require(CrmPermissions.ORDER_CONFIRM);
        get(id);
        return tx.required(() -> {
            Header h = lock(id);
            if (h.status() != SalesOrderStatus.DRAFT) {
                throw new ConflictException(Text.of("Order {0} is already {1}", "订单 {0} 已是 {1} 状态", h.number(),
                        h.status()));
            }
            CustomerDto customer = customers.load(h.customerId()).orElseThrow();
            checkCredit(h, customer);
            reserveStock(h);
            Instant now = Instant.now();
            sql.update("UPDATE crm_sales_order SET status = ?, confirmed_at = ?, updated_at = ? WHERE id = ?",
                    SalesOrderStatus.CONFIRMED, now, now, id);
            customers.recordOrder(h.customerId(), h.orderDate());
            SalesOrderDto confirmed = load(id);
            audit.record("crm", "confirm", "sales-order", String.valueOf(id), JsonText.write(confirmed));
            events.publish(CrmTopics.SALES_ORDER_CONFIRMED, h.companyId(), h.number(), JsonText.object("id", id,
                    "number", h.number(), "companyId", h.companyId(), "customerId", h.customerId(),
                    "orderDate", h.orderDate(), "currency", confirmed.currency(), "totalNet", confirmed.totalNet(),
                    "totalTax", confirmed.totalTax(), "total", confirmed.total(), "campaignId", confirmed.campaignId()));
            return confirmed;
        });
    }

    private void checkCredit(Header h, CustomerDto customer) {
        OpenItems finance = openItems;
        if (finance == null) {
            step(h.id(), SalesStep.CREDIT_CHECK, StepOutcome.SKIPPED, FINANCE_ABSENT_CREDIT, null);
            return;
        }
        if (customer.creditLimit() == null) {
            step(h.id(), SalesStep.CREDIT_CHECK, StepOutcome.DONE, Text.of("no credit limit set for {0}",
                    "{0} 未设置信用额度", customer.name()), null);
            return;
        }
        CustomerExposure exposure = finance.exposure(h.companyId(), h.customerId());
        BigDecimal owed = exposure.openReceivables().amount();
        BigDecimal limit = customer.creditLimit().amount();
        BigDecimal after = owed.add(h.total());
        if (after.compareTo(limit) > 0) {
            throw new ConflictException(Text.of("Credit limit exceeded: {0} owes {1} and this order is {2}, more than"
                    + " the limit of {3}", "超出信用额度：{0} 未付 {1}，本订单 {2}，超过额度 {3}", customer.name(),
                    plain(owed), plain(h.total()), plain(limit)));
        }
        step(h.id(), SalesStep.CREDIT_CHECK, StepOutcome.DONE, Text.of("credit checked: owes {0} + this order {1}"
                + " within the limit of {2}", "信用检查通过：未付 {0} + 本订单 {1}，未超过额度 {2}", plain(owed),
                plain(h.total()), plain(limit)), null);
    }

    private void reserveStock(Header h) {
        StockReservations stock = reservations;
        Replenishment purchasing = replenishment;
        List<Line> lines = lines(h.id());
        if (lines.stream().noneMatch(Line::stocked)) {
            return;
        }
        if (stock == null) {
            step(h.id(), SalesStep.STOCK_RESERVATION, StepOutcome.SKIPPED, INVENTORY_ABSENT_CHECK, null);
            return;
        }
        long warehouseId = warehouse(h);
        for (Line l : lines) {
            if (!l.stocked()) {
                continue;
            }
            BigDecimal available = stock.available(l.productId(), warehouseId).max(BigDecimal.ZERO);
            BigDecimal reserve = available.min(l.quantity());
            if (reserve.signum() > 0) {
                stock.reserve(h.companyId(), new ReservationInput(l.productId(), warehouseId, reserve, DOCUMENT_TYPE,
                        reference(h.number(), l.lineNo())));
                sql.update("UPDATE crm_sales_order_line SET reserved = ? WHERE id = ?", reserve, l.id());
            }
            BigDecimal shortage = l.quantity().subtract(reserve);
            step(h.id(), SalesStep.STOCK_RESERVATION, StepOutcome.DONE, Text.of("line {0} {1}: reserved {2} of {3}",
                    "第 {0} 行 {1}：预留 {2} / {3}", l.lineNo(), l.productCode(), plain(reserve), plain(l.quantity())), null);
            if (shortage.signum() > 0) {
                if (purchasing == null) {
                    step(h.id(), SalesStep.PURCHASE_REQUISITION, StepOutcome.SKIPPED, Text.of(
                            "line {0} {1}: {2} short, no requisition: purchasing is not available",
                            "第 {0} 行 {1}：缺货 {2}，未生成请购：采购不可用", l.lineNo(), l.productCode(), plain(shortage)), null);
                    continue;
                }
                RequisitionDto requisition = purchasing.reportShortage(h.companyId(), new ShortageInput(l.productId(),
                        warehouseId, shortage, DOCUMENT_TYPE, h.number(), "sales order " + h.number() + " line "
                                + l.lineNo()));
                step(h.id(), SalesStep.PURCHASE_REQUISITION, StepOutcome.DONE, Text.of(
                        "line {0} {1}: {2} short, requisition {3} raised", "第 {0} 行 {1}：缺货 {2}，已生成请购单 {3}",
                        l.lineNo(), l.productCode(), plain(shortage), requisition.number()), requisition.number());
            }
        }
        if (h.warehouseId() == null) {
            sql.update("UPDATE crm_sales_order SET warehouse_id = ? WHERE id = ?", warehouseId, h.id());
        }
    }

    private long warehouse(Header h) {
        if (h.warehouseId() != null) {
            return h.warehouseId();
        }
        WarehouseService known = warehouses;
        List<WarehouseDto> active = known == null ? List.of() : known.list(h.companyId(), false);
        if (active.isEmpty()) {
            throw new ConflictException(Text.of("Order {0} cannot reserve stock: the company has no active warehouse",
                    "订单 {0} 无法预留库存：公司没有启用的仓库", h.number()));
        }
        return active.get(0).id();
    }

    // ---------------------------------------------------------------- cancellation

    @Override
    public SalesOrderDto cancel(long id, String reason) {
        CallContext.require(CrmPermissions.ORDER_CANCEL);
        Validation v = new Validation();
        v.required("reason", reason == null || reason.isBlank() ? null : reason).maxLength("reason", reason, 300);
        v.throwIfInvalid();
        get(id);
        return tx.required(() -> {
            Header h = lock(id);
            if (h.status() == SalesOrderStatus.CANCELLED) {
                throw new ConflictException(Text.of("Order {0} is already cancelled", "订单 {0} 已取消", h.number()));
            }
            if (sql.one("SELECT COUNT(*) FROM crm_shipment WHERE order_id = ?", rs -> rs.getInt(1), id).orElse(0) > 0) {
                throw new ConflictException(Text.of("Order {0} has shipments and cannot be cancelled; return the goods"
                        + " and issue a credit note instead", "订单 {0} 已发货，不能取消；请办理退货并开具红字发票", h.number()));
            }
            boolean wasConfirmed = h.status() != SalesOrderStatus.DRAFT;
            if (wasConfirmed) {
                releaseStock(h);
                customers.forgetOrder(h.customerId());
            }
            Instant now = Instant.now();
            sql.update("UPDATE crm_sales_order SET status = ?, cancelled_at = ?, cancel_reason = ?, updated_at = ?"
                    + " WHERE id = ?", SalesOrderStatus.CANCELLED, now, reason.strip(), now, id);
            SalesOrderDto cancelled = load(id);
            audit.record("crm", "cancel", "sales-order", String.valueOf(id), JsonText.object("number", h.number(),
                    "reason", reason.strip()));
            if (wasConfirmed) {
                events.publish(CrmTopics.SALES_ORDER_CANCELLED, h.companyId(), h.number(), JsonText.object("id", id,
                        "number", h.number(), "companyId", h.companyId(), "customerId", h.customerId(),
                        "reason", reason.strip()));
            }
            return cancelled;
        });
    }

    private void releaseStock(Header h) {
        StockReservations stock = reservations;
        List<Line> lines = lines(h.id());
        boolean held = lines.stream().anyMatch(l -> l.reserved().signum() > 0);
        if (stock == null) {
            if (held) {
                step(h.id(), SalesStep.STOCK_RESERVATION, StepOutcome.SKIPPED, Text.of(
                        "reservations not released: inventory is not installed", "未释放预留：未安装库存模块"), null);
            }
            return;
        }
        for (Line l : lines) {
            for (ReservationDto r : stock.forDocument(h.companyId(), DOCUMENT_TYPE, reference(h.number(), l.lineNo()))) {
                if (r.status() == ReservationStatus.OPEN) {
                    stock.release(r.id());
                }
            }
            sql.update("UPDATE crm_sales_order_line SET reserved = 0 WHERE id = ?", l.id());
        }
        Replenishment purchasing = replenishment;
        if (purchasing != null) {
            for (RequisitionDto r : purchasing.requisitions(h.companyId(), RequisitionStatus.OPEN)) {
                if (DOCUMENT_TYPE.equals(r.sourceType()) && h.number().equals(r.sourceRef())) {
                    purchasing.cancelRequisition(r.id(), "sales order " + h.number() + " cancelled");
                }
            }
        }
        step(h.id(), SalesStep.STOCK_RESERVATION, StepOutcome.DONE, Text.of("reservations released",
                "已释放库存预留"), null);
    }

    // ---------------------------------------------------------------- shipping

    @Override
    public ShipmentDto ship(long orderId, ShipmentInput input) {
        CallContext.require(CrmPermissions.ORDER_SHIP);
        ShipmentInput in = input == null ? new ShipmentInput(null, null, null) : input;
        get(orderId);
        LocalDate date = in.shipDate() == null ? LocalDate.now(zone) : in.shipDate();
        Validation v = new Validation();
        v.maxLength("note", in.note(), 500);
        v.throwIfInvalid();
        return tx.required(() -> {
            Header h = lock(orderId);
            if (h.status() == SalesOrderStatus.DRAFT || h.status() == SalesOrderStatus.CANCELLED) {
                throw new ConflictException(Text.of("Order {0} is {1}: only a confirmed order can be shipped",
                        "订单 {0} 为 {1} 状态：只有已确认的订单才能发货", h.number(), h.status()));
            }
            List<Line> lines = lines(orderId);
            Map<Long, BigDecimal> wanted = wanted(h, lines, in.lines());
            String number = numbers.next(h.companyId(), "DN", date.getYear());
            Instant now = Instant.now();
            long shipmentId = sql.insert("INSERT INTO crm_shipment (company_id, number, order_id, customer_id, ship_date,"
                    + " currency, total_net, total_tax, total, note, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)", h.companyId(), number, orderId, h.customerId(), date,
                    currency(h.companyId()), text(in.note()), CallContext.actorName(), now);
            StockReservations stock = reservations;
            boolean stockSkipped = false;
            List<SalesLines.Amounts> amounts = new ArrayList<>();
            List<Map<String, Object>> eventLines = new ArrayList<>();
            for (Line l : lines) {
                BigDecimal qty = wanted.get(l.id());
                if (qty == null) {
                    continue;
                }
                Long moveId = null;
                if (l.stocked()) {
                    if (stock == null) {
                        stockSkipped = true;
                    } else {
                        moveId = issue(stock, h, l, qty);
                    }
                }
                SalesLines.Amounts a = SalesLines.shipped(l.netUnitPrice(), l.taxRate(), qty);
                amounts.add(a);
                sql.insert("INSERT INTO crm_shipment_line (shipment_id, order_line_id, product_id, product_code, quantity,"
                        + " net_unit_price, tax_rate, net_amount, tax_amount, stock_move_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", shipmentId, l.id(), l.productId(), l.productCode(), qty,
                        l.netUnitPrice(), l.taxRate(), a.net(), a.tax(), Sql.orNull(moveId));
                sql.update("UPDATE crm_sales_order_line SET shipped = shipped + ? WHERE id = ?", qty, l.id());
                eventLines.add(JsonText.map("orderLineId", l.id(), "productId", l.productId(), "productCode",
                        l.productCode(), "category", l.category(), "description", l.description(), "quantity", qty,
                        "unitPrice", l.netUnitPrice(), "taxRate", l.taxRate(), "netAmount", a.net(), "taxAmount", a.tax()));
            }
            SalesLines.Totals totals = SalesLines.totals(amounts);
            Invoices finance = invoices;
            String invoiceNote = finance == null ? "not invoiced: finance is not installed" : null;
            sql.update("UPDATE crm_shipment SET total_net = ?, total_tax = ?, total = ?, invoice_note = ? WHERE id = ?",
                    totals.net(), totals.tax(), totals.total(), invoiceNote == null ? Sql.Null.VARCHAR : invoiceNote,
                    shipmentId);
            if (stockSkipped) {
                step(orderId, SalesStep.STOCK_ISSUE, StepOutcome.SKIPPED, Text.of(
                        "shipment {0}: stock not issued: inventory is not installed",
                        "发货单 {0}：未出库：未安装库存模块", number), number);
            }
            if (finance == null) {
                step(orderId, SalesStep.INVOICE, StepOutcome.SKIPPED, Text.of(
                        "shipment {0}: not invoiced: finance is not installed", "发货单 {0}：未开票：未安装财务模块", number),
                        number);
            } else {
                step(orderId, SalesStep.INVOICE, StepOutcome.PENDING, Text.of("shipment {0}: invoice pending in finance",
                        "发货单 {0}：等待财务开票", number), number);
            }
            updateStatus(orderId);
            ShipmentDto shipment = shipment(shipmentId);
            audit.record("crm", "ship", "sales-order", String.valueOf(orderId), JsonText.write(shipment));
            events.publish(CrmTopics.GOODS_SHIPPED, h.companyId(), number, JsonText.object("id", shipmentId,
                    "number", number, "companyId", h.companyId(), "customerId", h.customerId(), "orderId", orderId,
                    "orderNumber", h.number(), "shipDate", date, "currency", shipment.currency(), "lines", eventLines,
                    "totalNet", totals.net(), "totalTax", totals.tax(), "total", totals.total()));
            return shipment;
        });
    }

    /** The quantity to ship per order line id: what was asked, or everything still open. */
    private Map<Long, BigDecimal> wanted(Header h, List<Line> lines, List<ShipmentLineInput> asked) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (asked == null || asked.isEmpty()) {
            for (Line l : lines) {
                BigDecimal open = l.quantity().subtract(l.shipped());
                if (open.signum() > 0) {
                    out.put(l.id(), open);
                }
            }
            if (out.isEmpty()) {
                throw new ConflictException(Text.of("Order {0} is shipped in full", "订单 {0} 已全部发货", h.number()));
            }
            return out;
        }
        Validation v = new Validation();
        Map<Long, Line> byId = new HashMap<>();
        lines.forEach(l -> byId.put(l.id(), l));
        for (int i = 0; i < asked.size(); i++) {
            ShipmentLineInput a = asked.get(i);
            String f = "lines[" + i + "]";
            Line l = a == null || a.orderLineId() == null ? null : byId.get(a.orderLineId());
            if (l == null) {
                v.add(f + ".orderLineId", Text.of("is not a line of order {0}", "不是订单 {0} 的行", h.number()));
                continue;
            }
            if (a.quantity() == null || a.quantity().signum() <= 0 || a.quantity().scale() > 4) {
                v.add(f + ".quantity", Text.of("must be more than 0 with at most 4 decimals", "必须大于 0，最多 4 位小数"));
                continue;
            }
            if (out.putIfAbsent(l.id(), a.quantity()) != null) {
                v.add(f + ".orderLineId", Text.of("the same line twice", "同一行重复"));
            }
        }
        v.throwIfInvalid();
        for (Map.Entry<Long, BigDecimal> e : out.entrySet()) {
            Line l = byId.get(e.getKey());
            BigDecimal open = l.quantity().subtract(l.shipped());
            if (e.getValue().compareTo(open) > 0) {
                throw new ConflictException(Text.of("Line {0} {1}: only {2} left to ship, not {3}",
                        "第 {0} 行 {1}：只剩 {2} 可发货，不能发 {3}", l.lineNo(), l.productCode(), plain(open),
                        plain(e.getValue())));
            }
        }
        return out;
    }

    /** Issues {@code qty} of the line from its reservations, reserving what has arrived since first. */
    private Long issue(StockReservations stock, Header h, Line l, BigDecimal qty) {
        long warehouseId = warehouse(h);
        String ref = reference(h.number(), l.lineNo());
        List<ReservationDto> open = stock.forDocument(h.companyId(), DOCUMENT_TYPE, ref).stream()
                .filter(r -> r.status() == ReservationStatus.OPEN && r.quantity().signum() > 0).toList();
        BigDecimal held = open.stream().map(ReservationDto::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ReservationDto> sources = new ArrayList<>(open);
        if (held.compareTo(qty) < 0) {
            BigDecimal need = qty.subtract(held);
            BigDecimal available = stock.available(l.productId(), warehouseId).max(BigDecimal.ZERO);
            if (available.compareTo(need) < 0) {
                throw new ConflictException(Text.of("Line {0} {1}: only {2} in stock for this order, {3} to ship;"
                        + " wait for the goods on order", "第 {0} 行 {1}：本订单可用库存只有 {2}，需发货 {3}；请等待采购到货",
                        l.lineNo(), l.productCode(), plain(held.add(available)), plain(qty)));
            }
            sources.add(stock.reserve(h.companyId(), new ReservationInput(l.productId(), warehouseId, need,
                    DOCUMENT_TYPE, ref)));
        }
        BigDecimal left = qty;
        Long firstMove = null;
        for (ReservationDto r : sources) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = r.quantity().min(left);
            StockMoveDto move = stock.issue(r.id(), take, "shipment for " + h.number());
            firstMove = firstMove == null ? move.id() : firstMove;
            left = left.subtract(take);
        }
        BigDecimal stillHeld = stock.forDocument(h.companyId(), DOCUMENT_TYPE, ref).stream()
                .filter(r -> r.status() == ReservationStatus.OPEN).map(ReservationDto::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        sql.update("UPDATE crm_sales_order_line SET reserved = ? WHERE id = ?", stillHeld, l.id());
        return firstMove;
    }

    @Override
    public List<ShipmentDto> shipments(long orderId) {
        get(orderId);
        return sql.list("SELECT id FROM crm_shipment WHERE order_id = ? ORDER BY id", rs -> rs.getLong(1), orderId)
                .stream().map(this::shipment).toList();
    }

    @Override
    public List<ShipmentDto> shipmentsOfCustomer(long customerId) {
        CallContext.require(CrmPermissions.ORDER_READ);
        CustomerDto customer = customers.find(customerId).orElseThrow(() -> new NotFoundException(Text.of(
                "There is no customer {0}", "不存在客户 {0}", customerId)));
        Visibility visibility = Visibility.current(sql, customer.companyId());
        return sql.list("SELECT s.id FROM crm_shipment s JOIN crm_sales_order o ON o.id = s.order_id"
                + " WHERE s.customer_id = ?" + visibility.filter("o.owner") + " ORDER BY s.ship_date DESC, s.id DESC",
                rs -> rs.getLong(1), visibility.args(customerId)).stream().map(this::shipment).toList();
    }

    // ---------------------------------------------------------------- kept by finance's events

    /** Recomputes an order's status from its lines, shipments and payments; returns the new status. */
    SalesOrderStatus updateStatus(long orderId) {
        Header h = header(orderId);
        List<Line> lines = lines(orderId);
        boolean fullyShipped = lines.stream().allMatch(l -> l.shipped().compareTo(l.quantity()) >= 0);
        int shipments = sql.one("SELECT COUNT(*) FROM crm_shipment WHERE order_id = ?", rs -> rs.getInt(1), orderId)
                .orElse(0);
        int uninvoiced = sql.one("SELECT COUNT(*) FROM crm_shipment WHERE order_id = ? AND invoice_id IS NULL",
                rs -> rs.getInt(1), orderId).orElse(0);
        BigDecimal[] money = sql.one("SELECT invoiced, paid FROM crm_sales_order WHERE id = ?",
                rs -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}, orderId).orElseThrow();
        SalesOrderStatus status = OrderProgress.status(h.status(), fullyShipped, shipments > 0, uninvoiced, money[0],
                money[1]);
        if (status != h.status()) {
            sql.update("UPDATE crm_sales_order SET status = ?, updated_at = ? WHERE id = ?", status, Instant.now(), orderId);
        }
        return status;
    }

    /** Records a step on an order, in English and Chinese. */
    void step(long orderId, SalesStep step, StepOutcome outcome, Text message, String reference) {
        sql.insert("INSERT INTO crm_order_step (order_id, step, outcome, message, message_zh, reference, happened_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", orderId, step, outcome, cut(message.in(Locale.ENGLISH)),
                cut(message.in(Locale.SIMPLIFIED_CHINESE)), reference == null ? Sql.Null.VARCHAR : reference,
                Instant.now());
    }

    // ---------------------------------------------------------------- rows

    private Draft check(long companyId, SalesOrderInput in) {
        Validation v = new Validation();
        v.maxLength("customerReference", in.customerReference(), 64).maxLength("note", in.note(), 500);
        LocalDate date = in.orderDate() == null ? LocalDate.now(zone) : in.orderDate();
        WarehouseService known = warehouses;
        if (in.warehouseId() != null && known != null) {
            boolean ok;
            try {
                WarehouseDto w = known.get(in.warehouseId());
                ok = w.companyId() == companyId && w.active();
            } catch (NotFoundException e) {
                ok = false;
            }
            v.check(ok, "warehouseId", Text.of("is not an active warehouse of this company", "不是本公司启用的仓库"));
        }
        LinePricing.Document document = pricing.document(companyId, in.customerId(), date, in.lines(), v);
        v.throwIfInvalid();
        return new Draft(document.customer(), date, document.lines(), document.totals());
    }

    private void insertLines(long orderId, List<LinePricing.Priced> lines) {
        int no = 1;
        for (LinePricing.Priced p : lines) {
            sql.insert("INSERT INTO crm_sales_order_line (order_id, line_no, product_id, product_code, product_category,"
                    + " stocked, description, quantity, unit_price, discount_percent, net_unit_price, tax_rate, net_amount,"
                    + " tax_amount, price_source, reserved, shipped, invoiced)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)", orderId, no++, p.productId(),
                    p.productCode(), p.category() == null ? Sql.Null.VARCHAR : p.category(), p.stocked(), p.description(),
                    p.quantity(), p.unitPrice(), p.discountPercent(), p.amounts().netUnitPrice(), p.taxRate(),
                    p.amounts().net(), p.amounts().tax(), p.priceSource());
        }
    }

    private Header lock(long id) {
        if (sql.update("UPDATE crm_sales_order SET status = status WHERE id = ?", id) == 0) {
            throw notFound(String.valueOf(id));
        }
        return header(id);
    }

    private Header header(long id) {
        return sql.one("SELECT id, company_id, number, customer_id, status, order_date, warehouse_id, total FROM"
                + " crm_sales_order WHERE id = ?", rs -> new Header(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getLong(4), SalesOrderStatus.valueOf(rs.getString(5)), Sql.date(rs, "order_date"),
                        Sql.nullableLong(rs, "warehouse_id"), rs.getBigDecimal(8)), id)
                .orElseThrow(() -> notFound(String.valueOf(id)));
    }

    private List<Line> lines(long orderId) {
        return sql.list("SELECT id, line_no, product_id, product_code, product_category, stocked, description, quantity,"
                + " net_unit_price, tax_rate, net_amount, tax_amount, reserved, shipped FROM crm_sales_order_line"
                + " WHERE order_id = ? ORDER BY line_no", rs -> new Line(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                        rs.getBigDecimal(13), rs.getBigDecimal(14)), orderId);
    }

    SalesOrderDto load(long id) {
        List<SalesLineDto> lines = sql.list("SELECT id, line_no, product_id, product_code, description, quantity,"
                + " unit_price, discount_percent, net_unit_price, tax_rate, net_amount, tax_amount, price_source, reserved,"
                + " shipped, invoiced FROM crm_sales_order_line WHERE order_id = ? ORDER BY line_no",
                SalesOrderService::lineRow, id);
        List<OrderStepDto> steps = sql.list("SELECT step, outcome, message, message_zh, reference, happened_at FROM"
                + " crm_order_step WHERE order_id = ? ORDER BY id", rs -> new OrderStepDto(SalesStep.valueOf(rs.getString(1)),
                        StepOutcome.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        Sql.instant(rs, "happened_at")), id);
        return sql.one("SELECT o.*, c.name AS customer_name FROM crm_sales_order o JOIN crm_customer c"
                + " ON c.party_id = o.customer_id WHERE o.id = ?", rs -> new SalesOrderDto(rs.getLong("id"),
                        rs.getLong("company_id"), rs.getString("number"), rs.getLong("customer_id"),
                        rs.getString("customer_name"), rs.getString("owner"), SalesOrderStatus.valueOf(rs.getString("status")),
                        Sql.date(rs, "order_date"), Sql.nullableLong(rs, "warehouse_id"), Sql.nullableLong(rs, "quote_id"),
                        Sql.nullableLong(rs, "opportunity_id"), Sql.nullableLong(rs, "campaign_id"),
                        rs.getString("customer_reference"), rs.getString("currency"), rs.getBigDecimal("total_net"),
                        rs.getBigDecimal("total_tax"), rs.getBigDecimal("total"), rs.getBigDecimal("invoiced"),
                        rs.getBigDecimal("paid"), rs.getString("note"), lines, steps, rs.getString("created_by"),
                        Sql.instant(rs, "created_at"), Sql.instant(rs, "confirmed_at")), id)
                .orElseThrow(() -> notFound(String.valueOf(id)));
    }

    static SalesLineDto lineRow(ResultSet rs) throws SQLException {
        return new SalesLineDto(rs.getLong("id"), rs.getInt("line_no"), rs.getLong("product_id"),
                rs.getString("product_code"), rs.getString("description"), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("unit_price"), rs.getBigDecimal("discount_percent"), rs.getBigDecimal("net_unit_price"),
                rs.getBigDecimal("tax_rate"), rs.getBigDecimal("net_amount"), rs.getBigDecimal("tax_amount"),
                rs.getString("price_source"), rs.getBigDecimal("reserved"), rs.getBigDecimal("shipped"),
                rs.getBigDecimal("invoiced"));
    }

    ShipmentDto shipment(long id) {
        List<ShipmentLineDto> lines = sql.list("SELECT order_line_id, product_id, product_code, quantity, net_unit_price,"
                + " tax_rate, net_amount, tax_amount, stock_move_id FROM crm_shipment_line WHERE shipment_id = ? ORDER BY id",
                rs -> new ShipmentLineDto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        Sql.nullableLong(rs, "stock_move_id")), id);
        return sql.one("SELECT s.*, o.number AS order_number FROM crm_shipment s JOIN crm_sales_order o"
                + " ON o.id = s.order_id WHERE s.id = ?", rs -> new ShipmentDto(rs.getLong("id"), rs.getLong("company_id"),
                        rs.getString("number"), rs.getLong("order_id"), rs.getString("order_number"),
                        rs.getLong("customer_id"), Sql.date(rs, "ship_date"), rs.getString("currency"),
                        rs.getBigDecimal("total_net"), rs.getBigDecimal("total_tax"), rs.getBigDecimal("total"),
                        Sql.nullableLong(rs, "invoice_id"), rs.getString("invoice_number"), rs.getString("invoice_note"),
                        rs.getString("note"), lines, rs.getString("created_by"), Sql.instant(rs, "created_at")), id)
                .orElseThrow(() -> new NotFoundException(Text.of("There is no shipment {0}", "不存在发货单 {0}", id)));
    }

    static String reference(String orderNumber, int lineNo) {
        return orderNumber + "/" + lineNo;
    }

    private String currency(long companyId) {
        return companies.get(companyId).currency();
    }

    private static NotFoundException notFound(String order) {
        return new NotFoundException(Text.of("There is no sales order {0}", "不存在销售订单 {0}", order));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String cut(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }

    private static Object text(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private record Draft(CustomerDto customer, LocalDate date, List<LinePricing.Priced> lines,
                         SalesLines.Totals totals) {
    }

    private record Header(long id, long companyId, String number, long customerId, SalesOrderStatus status,
                          LocalDate orderDate, Long warehouseId, BigDecimal total) {
    }

    private record Line(long id, int lineNo, long productId, String productCode, String category, boolean stocked,
                        String description, BigDecimal quantity, BigDecimal netUnitPrice, BigDecimal taxRate,
                        BigDecimal netAmount, BigDecimal taxAmount, BigDecimal reserved, BigDecimal shipped) {
    }
}
