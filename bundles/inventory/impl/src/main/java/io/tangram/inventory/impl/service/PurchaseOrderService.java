package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.inventory.api.GoodsReceiptDto;
import io.tangram.inventory.api.GoodsReceiptInput;
import io.tangram.inventory.api.InventoryTopics;
import io.tangram.inventory.api.MoveType;
import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseOrderInput;
import io.tangram.inventory.api.PurchaseOrderLineDto;
import io.tangram.inventory.api.PurchaseOrderLineInput;
import io.tangram.inventory.api.PurchaseOrderQuery;
import io.tangram.inventory.api.PurchaseOrderStatus;
import io.tangram.inventory.api.PurchaseOrders;
import io.tangram.inventory.api.ReceiptLineInput;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.api.TrackingMode;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.ledger.MoveRow;
import io.tangram.inventory.impl.ledger.Moves;
import io.tangram.inventory.impl.purchasing.OrderAmounts;
import io.tangram.inventory.impl.purchasing.PurchaseOrderLifecycle;
import io.tangram.inventory.impl.purchasing.PurchasingPolicy;
import io.tangram.inventory.impl.purchasing.ReceiptTolerance;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.api.approval.ApprovalDocumentTypes;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyRole;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ReferenceDataService;
import io.tangram.masterdata.api.TaxRateDto;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.tx.Transactions;

/**
 * Purchase orders in {@code inv_purchase_order} / {@code inv_purchase_order_line} and the goods
 * receipts against them in {@code inv_goods_receipt}. Every call is one transaction: the order row
 * is locked first (an UPDATE of {@code updated_at}), so two clerks acting on the same order run one
 * after the other, and a refused line leaves nothing written. A receipt posts one RECEIPT stock move
 * per line at the line's unit price excluding VAT, which updates the moving average or adds a FIFO
 * layer, and publishes one {@link InventoryTopics#GOODS_RECEIVED} event for the whole receipt.
 *
 * <p>Approval: a submitted order whose total needs the workflow ({@link PurchasingPolicy#needsWorkflow})
 * goes to the OA approval workflow when OA is installed and defines a process for
 * {@link ApprovalDocumentTypes#PURCHASE_ORDER}; the order keeps the approval reference and waits for
 * the outcome, which {@link PurchaseOrderApprovals} applies from OA's durable event. Every other
 * order is approved here with the {@code inventory.purchase.approve} permission.
 *
 * <p>Orders are kept in the company currency only: receipts are costed in the company currency, and
 * buying in a foreign currency needs exchange rates, which belong to the finance module.
 */
@Component(service = {PurchaseOrders.class, PurchaseOrderService.class})
public class PurchaseOrderService implements PurchaseOrders {
    static final Text PURCHASE_ORDER = Text.of("Purchase order", "采购订单");
    static final String DOCUMENT_TYPE = "PO";
    static final String RECEIPT_TYPE = "GR";

    private final Sql sql;
    private final Transactions tx;
    private final StockPostings postings;
    private final Catalog catalog;
    private final ProductService products;
    private final CompanyService companies;
    private final PartyService parties;
    private final ReferenceDataService referenceData;
    private final DocumentNumbers numbers;
    private final PurchasingSettings settings;
    private final AuditLog audit;
    private final EventPublisher events;

    /** The OA approval workflow; {@code null} while OA is not installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Approvals approvals;

    @Activate
    public PurchaseOrderService(@Reference(target = "(tangram.module=inventory)") SchemaReady schema,
                                @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                                @Reference ProductService products, @Reference CompanyService companies,
                                @Reference PartyService parties, @Reference ReferenceDataService referenceData,
                                @Reference DocumentNumbers numbers, @Reference PurchasingSettings settings) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.postings = new StockPostings(sql, tx, products, companies);
        this.catalog = postings.catalog();
        this.products = products;
        this.companies = companies;
        this.parties = parties;
        this.referenceData = referenceData;
        this.numbers = numbers;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    // ---------------------------------------------------------------- create, change, read

    @Override
    public PurchaseOrderDto create(PurchaseOrderInput input) {
        PurchaseOrderInput in = requireBody(input);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        return tx.required(() -> {
            Validation v = new Validation();
            String currency = companyCurrency(companyId, v);
            Checked order = check(companyId, currency, in, v);
            v.throwIfInvalid();
            LocalDate today = LocalDate.now(ZoneId.systemDefault());
            String number = numbers.next(companyId, DOCUMENT_TYPE, today.getYear());
            Instant now = Instant.now();
            long id = sql.insert("INSERT INTO inv_purchase_order (company_id, number, supplier_id, warehouse_id, status,"
                    + " order_date, expected_date, currency, total_net, total_tax, total, note, created_by, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, number,
                    order.supplier().id(), order.warehouse().id(), PurchaseOrderStatus.DRAFT, today,
                    Sql.orNull(in.expectedDate()), currency, order.totals().net(), order.totals().tax(),
                    order.totals().total(), WarehouseServiceImpl.blankToNull(in.note()), CallContext.actorName(), now, now);
            insertLines(id, order.lines());
            PurchaseOrderDto created = get(id);
            audit.record("inventory", "create", "purchase-order", String.valueOf(id), InventoryJson.write(created));
            return created;
        });
    }

    @Override
    public PurchaseOrderDto update(long id, PurchaseOrderInput input) {
        PurchaseOrderInput in = requireBody(input);
        return tx.required(() -> {
            Header po = lock(id);
            PurchaseOrderLifecycle.requireDraft(po.status(), po.number());
            Validation v = new Validation();
            if (in.companyId() != null && in.companyId() != po.companyId()) {
                v.add("companyId", Text.of("cannot be changed", "不能修改"));
            }
            String currency = companyCurrency(po.companyId(), v);
            Checked order = check(po.companyId(), currency, in, v);
            v.throwIfInvalid();
            sql.update("UPDATE inv_purchase_order SET supplier_id = ?, warehouse_id = ?, expected_date = ?, currency = ?,"
                    + " total_net = ?, total_tax = ?, total = ?, note = ?, updated_at = ? WHERE id = ?",
                    order.supplier().id(), order.warehouse().id(), Sql.orNull(in.expectedDate()), currency,
                    order.totals().net(), order.totals().tax(), order.totals().total(),
                    WarehouseServiceImpl.blankToNull(in.note()), Instant.now(), id);
            sql.update("DELETE FROM inv_purchase_order_line WHERE purchase_order_id = ?", id);
            insertLines(id, order.lines());
            PurchaseOrderDto updated = get(id);
            audit.record("inventory", "update", "purchase-order", String.valueOf(id), InventoryJson.write(updated));
            return updated;
        });
    }

    @Override
    public PurchaseOrderDto get(long id) {
        Header po = header(id);
        return dto(po, new HashMap<>());
    }

    @Override
    public PurchaseOrderDto getByNumber(long companyId, String number) {
        String normalized = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        long id = sql.one("SELECT id FROM inv_purchase_order WHERE company_id = ? AND number = ?", rs -> rs.getLong(1),
                companyId, normalized).orElseThrow(() -> NotFoundException.of(PURCHASE_ORDER, normalized));
        return get(id);
    }

    @Override
    public Page<PurchaseOrderDto> search(long companyId, PurchaseOrderQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        PurchaseOrderQuery q = query == null ? new PurchaseOrderQuery(null, null, null) : query;
        StringBuilder where = new StringBuilder(" WHERE company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status());
        }
        if (q.supplierId() != null) {
            where.append(" AND supplier_id = ?");
            args.add(q.supplierId());
        }
        String text = WarehouseServiceImpl.blankToNull(q.q());
        if (text != null) {
            // suppliers live in master data: find the matching ones through its api, never by SQL
            List<Long> suppliers = parties.search(companyId, text, PartyRole.SUPPLIER, true,
                    new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream().map(PartyDto::id).toList();
            where.append(" AND (UPPER(number) LIKE ? ESCAPE '!'");
            args.add("%" + likeEscaped(text.toUpperCase(Locale.ROOT)) + "%");
            if (!suppliers.isEmpty()) {
                where.append(" OR supplier_id IN (").append(String.join(", ", suppliers.stream().map(s -> "?").toList()))
                        .append(')');
                args.addAll(suppliers);
            }
            where.append(')');
        }
        long total = sql.one("SELECT COUNT(*) FROM inv_purchase_order" + where, rs -> rs.getLong(1), args.toArray())
                .orElse(0L);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.offset());
        pageArgs.add(page.limit());
        List<Header> rows = sql.list("SELECT * FROM inv_purchase_order" + where
                + " ORDER BY order_date DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", PurchaseOrderService::header,
                pageArgs.toArray());
        Map<Long, ProductDto> known = new HashMap<>();
        List<PurchaseOrderDto> items = rows.stream().map(h -> dto(h, known)).toList();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public PurchaseOrderDto submit(long id) {
        return tx.required(() -> {
            Header po = lock(id);
            PurchaseOrderStatus next = PurchaseOrderLifecycle.submit(po.status(), po.number());
            Approvals oa = approvals;
            PurchasingPolicy policy = settings.policy();
            if (oa == null || !policy.needsWorkflow(po.total())) {
                String why = oa == null ? "OA is not installed" : "at or below the approval threshold";
                sql.update("UPDATE inv_purchase_order SET status = ?, status_reason = ?, approval_ref = ?, updated_at = ?"
                        + " WHERE id = ?", next, Sql.Null.VARCHAR, Sql.Null.VARCHAR, Instant.now(), id);
                audit.record("inventory", "submit", "purchase-order", String.valueOf(id), InventoryJson.object(
                        "number", po.number(), "approval", "inventory.purchase.approve permission (" + why + ")"));
                return get(id);
            }
            PartyDto supplier = parties.get(po.supplierId());
            String warehouse = WarehouseRows.find(sql, po.warehouseId()).map(WarehouseDto::code).orElse("");
            Optional<ApprovalState> started = oa.submit(new ApprovalRequest(po.companyId(),
                    ApprovalDocumentTypes.PURCHASE_ORDER, String.valueOf(id), po.number(),
                    Money.of(po.total(), java.util.Currency.getInstance(po.currency())), CallContext.actorName(),
                    "Purchase order " + po.number() + " · " + supplier.name(),
                    Map.of("supplier", supplier.code(), "warehouse", warehouse)));
            String ref = started.map(ApprovalState::reference).orElse(null);
            sql.update("UPDATE inv_purchase_order SET status = ?, status_reason = ?, approval_ref = ?, updated_at = ?"
                    + " WHERE id = ?", next, Sql.Null.VARCHAR, ref == null ? Sql.Null.VARCHAR : ref, Instant.now(), id);
            audit.record("inventory", "submit", "purchase-order", String.valueOf(id), InventoryJson.object(
                    "number", po.number(), "approval", ref == null
                            ? "inventory.purchase.approve permission (OA defines no process for purchase orders)"
                            : "OA workflow", "approvalRef", ref));
            return get(id);
        });
    }

    @Override
    public PurchaseOrderDto approve(long id) {
        return tx.required(() -> {
            Header po = lock(id);
            PurchaseOrderStatus next = PurchaseOrderLifecycle.approve(po.status(), po.number());
            if (po.approvalRef() != null) {
                throw waitingForOa(po);
            }
            return approved(po, next, CallContext.actorName(), null);
        });
    }

    private ConflictException waitingForOa(Header po) {
        if (approvals == null) {
            return new ConflictException(Text.of("Purchase order {0} waits for OA approval {1}; OA is not installed now,"
                    + " and the approval resumes when it is back. To approve it here instead, reject it back to draft"
                    + " and submit it again", "采购订单 {0} 正在等待 OA 审批 {1}；当前未安装 OA，重新安装后审批将继续。"
                    + "如需在此审批，请先驳回为草稿再重新提交", po.number(), po.approvalRef()));
        }
        return new ConflictException(Text.of("Purchase order {0} is approved in the OA workflow (approval {1})",
                "采购订单 {0} 在 OA 审批流程中审批（审批单 {1}）", po.number(), po.approvalRef()));
    }

    private PurchaseOrderDto approved(Header po, PurchaseOrderStatus next, String user, String approvalRef) {
        Instant now = Instant.now();
        sql.update("UPDATE inv_purchase_order SET status = ?, approved_by = ?, approved_at = ?, status_reason = ?,"
                + " updated_at = ? WHERE id = ?", next, user, now, Sql.Null.VARCHAR, now, po.id());
        PurchasingPolicy policy = settings.policy();
        events.publish(InventoryTopics.PURCHASE_ORDER_APPROVED, po.companyId(), po.number(), InventoryJson.object(
                "id", po.id(), "number", po.number(), "companyId", po.companyId(), "supplierId", po.supplierId(),
                "currency", po.currency(), "totalNet", po.totalNet(), "totalTax", po.totalTax(), "total", po.total(),
                "approvedBy", user));
        audit.record("inventory", "approve", "purchase-order", String.valueOf(po.id()), InventoryJson.object(
                "number", po.number(), "total", po.total(), "currency", po.currency(),
                "approvalThreshold", policy.approvalThreshold(), "approvalRef", approvalRef));
        return get(po.id());
    }

    /**
     * Applies the outcome of an OA approval to the order waiting for it: approved, or back to draft
     * with the approver's comment. An order that no longer waits for that approval (withdrawn,
     * rejected here, already applied) is left as it is.
     *
     * @return whether the order changed
     */
    boolean applyApproval(long companyId, long id, String reference, ApprovalStatus outcome, String decidedBy,
                          String comment) {
        return tx.required(() -> {
            Optional<Header> found = sql.one("SELECT * FROM inv_purchase_order WHERE id = ? AND company_id = ?",
                    PurchaseOrderService::header, id, companyId);
            if (found.isEmpty() || found.get().status() != PurchaseOrderStatus.SUBMITTED
                    || !reference.equals(found.get().approvalRef())) {
                return false;
            }
            Header po = lock(id);
            switch (outcome) {
                case APPROVED -> approved(po, PurchaseOrderStatus.APPROVED, decidedBy, reference);
                case REJECTED, RETURNED -> {
                    String verb = outcome == ApprovalStatus.REJECTED ? "Rejected" : "Returned";
                    String said = verb + " in OA approval " + reference + " by " + decidedBy
                            + (comment == null || comment.isBlank() ? "" : ": " + comment.strip());
                    String reason = said.length() <= 1000 ? said : said.substring(0, 1000);
                    sql.update("UPDATE inv_purchase_order SET status = ?, status_reason = ?, approval_ref = ?,"
                            + " updated_at = ? WHERE id = ?", PurchaseOrderStatus.DRAFT, reason, Sql.Null.VARCHAR,
                            Instant.now(), id);
                    audit.record("inventory", "reject", "purchase-order", String.valueOf(id), InventoryJson.object(
                            "number", po.number(), "approvalRef", reference, "decidedBy", decidedBy, "comment", comment));
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
    }

    @Override
    public PurchaseOrderDto reject(long id, String reason) {
        String why = requireReason(reason);
        return tx.required(() -> {
            Header po = lock(id);
            PurchaseOrderStatus next = PurchaseOrderLifecycle.reject(po.status(), po.number());
            withdrawFromOa(po, why);
            return transition(po, next, why, "reject");
        });
    }

    @Override
    public PurchaseOrderDto cancel(long id, String reason) {
        String why = requireReason(reason);
        return tx.required(() -> {
            Header po = lock(id);
            boolean received = lines(id).stream().anyMatch(l -> l.received().signum() > 0);
            PurchaseOrderStatus next = PurchaseOrderLifecycle.cancel(po.status(), po.number(), received);
            if (po.status() == PurchaseOrderStatus.SUBMITTED) {
                withdrawFromOa(po, why);
            }
            return transition(po, next, why, "cancel");
        });
    }

    /**
     * Withdraws the OA approval an order waits for, when OA is installed; without OA the approval
     * stays pending there and is ignored when decided, because the order no longer carries its reference.
     */
    private void withdrawFromOa(Header po, String reason) {
        Approvals oa = approvals;
        if (po.approvalRef() != null && oa != null
                && oa.get(po.approvalRef()).status() == ApprovalStatus.PENDING) {
            oa.withdraw(po.approvalRef(), reason);
        }
    }

    @Override
    public PurchaseOrderDto close(long id) {
        return tx.required(() -> {
            Header po = lock(id);
            PurchaseOrderStatus next = PurchaseOrderLifecycle.close(po.status(), po.number());
            return transition(po, next, null, "close");
        });
    }

    private PurchaseOrderDto transition(Header po, PurchaseOrderStatus next, String reason, String action) {
        sql.update("UPDATE inv_purchase_order SET status = ?, status_reason = ?, approval_ref = ?, updated_at = ?"
                + " WHERE id = ?", next, reason == null ? Sql.Null.VARCHAR : reason,
                next == PurchaseOrderStatus.DRAFT || next == PurchaseOrderStatus.CANCELLED ? Sql.Null.VARCHAR
                        : po.approvalRef() == null ? Sql.Null.VARCHAR : po.approvalRef(), Instant.now(), po.id());
        audit.record("inventory", action, "purchase-order", String.valueOf(po.id()), InventoryJson.object(
                "number", po.number(), "from", po.status().name(), "to", next.name(), "reason", reason));
        return get(po.id());
    }

    // ---------------------------------------------------------------- receipts

    @Override
    public GoodsReceiptDto receive(long id, GoodsReceiptInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return tx.required(() -> {
            Header po = lock(id);
            PurchaseOrderLifecycle.requireReceivable(po.status(), po.number());
            Map<Long, Line> orderLines = new LinkedHashMap<>();
            for (Line l : lines(id)) {
                orderLines.put(l.id(), l);
            }
            Validation v = new Validation();
            v.maxLength("note", input.note(), 1000);
            List<ReceiptLineInput> received = input.lines() == null ? List.of() : input.lines();
            if (received.isEmpty()) {
                v.add("lines", Text.of("name at least one order line and the quantity received",
                        "请至少填写一行订单行及收货数量"));
            }
            Map<Long, ProductDto> known = new HashMap<>();
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < received.size(); i++) {
                String field = "lines[" + i + "]";
                ReceiptLineInput r = received.get(i);
                if (r == null) {
                    v.add(field, Text.of("is required", "必填"));
                    continue;
                }
                Line line = r.lineId() == null ? null : orderLines.get(r.lineId());
                if (r.lineId() == null) {
                    v.add(field + ".lineId", Text.of("is required", "必填"));
                } else if (line == null) {
                    v.add(field + ".lineId", Text.of("line {0} is not a line of purchase order {1}",
                            "行 {0} 不属于采购订单 {1}", String.valueOf(r.lineId()), po.number()));
                } else if (!seen.add(r.lineId())) {
                    v.add(field + ".lineId", Text.of("line {0} is listed twice; enter its quantity once",
                            "行 {0} 重复出现，请合并为一行", String.valueOf(r.lineId())));
                }
                Catalog.positiveQuantity(r.quantity(), field + ".quantity", v);
                v.maxLength(field + ".lotNumber", r.lotNumber(), 64);
                if (line != null && WarehouseServiceImpl.blankToNull(r.lotNumber()) == null
                        && catalog.settings(line.productId()).tracking() != TrackingMode.NONE) {
                    v.add(field + ".lotNumber", Text.of("is required: {0} is tracked by lot or serial number",
                            "必填：{0} 按批次或序列号管理", product(line.productId(), known).code()));
                }
            }
            v.throwIfInvalid();
            WarehouseDto warehouse = WarehouseRows.find(sql, po.warehouseId()).orElseThrow();
            if (!warehouse.active()) {
                throw new ConflictException(Text.of("Warehouse {0} of purchase order {1} is deactivated; goods cannot be"
                        + " received into it", "采购订单 {1} 的仓库 {0} 已停用，不能收货", warehouse.code(), po.number()));
            }
            BigDecimal tolerance = settings.policy().overReceiptTolerancePercent();
            for (ReceiptLineInput r : received) {
                Line line = orderLines.get(r.lineId());
                if (!ReceiptTolerance.allows(line.quantity(), line.received(), r.quantity(), tolerance)) {
                    ProductDto p = product(line.productId(), known);
                    throw new ConflictException(Text.of("Receiving {0} {1} of {2} would exceed purchase order {3}: {4} ordered,"
                            + " {5} received, {6} still open (at most {7} more with the over-receipt tolerance of {8} %)",
                            "收货 {0} {1} {2} 将超出采购订单 {3}：订购 {4}，已收 {5}，未收 {6}（按超收容差 {8}% 最多还可收 {7}）",
                            text(r.quantity()), p.unitCode(), p.code(), po.number(), text(line.quantity()),
                            text(line.received()), text(ReceiptTolerance.open(line.quantity(), line.received())),
                            text(ReceiptTolerance.receivable(line.quantity(), line.received(), tolerance)), text(tolerance)));
                }
            }
            String currency = catalog.currency(po.companyId());
            Instant now = Instant.now();
            String user = CallContext.actorName();
            String number = numbers.next(po.companyId(), RECEIPT_TYPE, LocalDate.now(ZoneId.systemDefault()).getYear());
            String note = WarehouseServiceImpl.blankToNull(input.note());
            long receiptId = sql.insert("INSERT INTO inv_goods_receipt (company_id, number, purchase_order_id, received_at,"
                    + " received_by, total_value, currency, note) VALUES (?, ?, ?, ?, ?, 0, ?, ?)", po.companyId(), number,
                    id, now, user, currency, note);
            List<MoveRow> moves = new ArrayList<>();
            List<Map<String, Object>> eventLines = new ArrayList<>();
            BigDecimal totalValue = BigDecimal.ZERO.setScale(Catalog.valueScale(currency));
            for (ReceiptLineInput r : received) {
                Line line = orderLines.get(r.lineId());
                ProductDto p = product(line.productId(), known);
                MoveRow.Origin origin = MoveRow.Origin.of(DOCUMENT_TYPE, po.number(), note)
                        .withLot(null, WarehouseServiceImpl.blankToNull(r.lotNumber())).withReceipt(receiptId, line.id());
                MoveRow move = postings.postIn(po.companyId(), p, warehouse, catalog.settings(p.id()), MoveType.RECEIPT,
                        r.quantity(), line.unitPrice(), origin);
                sql.update("UPDATE inv_purchase_order_line SET received_qty = received_qty + ? WHERE id = ?",
                        r.quantity(), line.id());
                moves.add(move);
                totalValue = totalValue.add(move.value());
                Map<String, Object> eventLine = new LinkedHashMap<>();
                eventLine.put("moveId", move.id());
                eventLine.put("purchaseOrderLineId", line.id());
                eventLine.put("productId", p.id());
                eventLine.put("productCode", p.code());
                eventLine.put("category", p.category());
                eventLine.put("quantity", Moves.plain(move.quantity()));
                eventLine.put("unitCost", move.unitCost());
                eventLine.put("value", move.value());
                eventLine.put("taxRate", line.taxRate());
                eventLines.add(eventLine);
            }
            sql.update("UPDATE inv_goods_receipt SET total_value = ? WHERE id = ?", totalValue, receiptId);
            boolean complete = lines(id).stream().allMatch(l -> ReceiptTolerance.fullyReceived(l.quantity(), l.received()));
            PurchaseOrderStatus next = PurchaseOrderLifecycle.afterReceipt(complete);
            sql.update("UPDATE inv_purchase_order SET status = ?, updated_at = ? WHERE id = ?", next, now, id);
            PartyDto supplier = parties.get(po.supplierId());
            events.publish(InventoryTopics.GOODS_RECEIVED, po.companyId(), number, InventoryJson.object(
                    "moveId", null, "receiptId", receiptId, "number", number, "companyId", po.companyId(),
                    "purchaseOrderId", id, "purchaseOrder", po.number(), "supplierId", po.supplierId(),
                    "supplierCode", supplier.code(), "warehouseId", warehouse.id(), "currency", currency,
                    "lines", eventLines, "totalValue", totalValue));
            GoodsReceiptDto receipt = new GoodsReceiptDto(receiptId, number, id, po.number(), now, user,
                    Moves.money(totalValue, currency), moves.stream().map(postings::dto).toList());
            audit.record("inventory", "receive", "purchase-order", String.valueOf(id), InventoryJson.object(
                    "number", po.number(), "status", next.name(), "receipt", receipt));
            return receipt;
        });
    }

    @Override
    public List<GoodsReceiptDto> receipts(long id) {
        Header po = header(id);
        return sql.list("SELECT id, number, received_at, received_by, total_value, currency FROM inv_goods_receipt"
                + " WHERE purchase_order_id = ? ORDER BY id", rs -> {
                    long receiptId = rs.getLong("id");
                    String currency = rs.getString("currency").strip();
                    return new GoodsReceiptDto(receiptId, rs.getString("number"), id, po.number(),
                            Sql.instant(rs, "received_at"), rs.getString("received_by"),
                            Moves.money(rs.getBigDecimal("total_value"), currency), List.of());
                }, id).stream().map(r -> new GoodsReceiptDto(r.id(), r.number(), r.purchaseOrderId(),
                        r.purchaseOrderNumber(), r.receivedAt(), r.receivedBy(), r.totalValue(), receiptMoves(r.id())))
                .toList();
    }

    private List<StockMoveDto> receiptMoves(long receiptId) {
        return sql.list("SELECT * FROM inv_stock_move WHERE receipt_id = ? ORDER BY id", rs -> Moves.row(rs, List.of()),
                receiptId).stream().map(postings::dto).toList();
    }

    // ---------------------------------------------------------------- checks

    /** A checked order: the supplier and warehouse to use and the priced lines. */
    private record Checked(PartyDto supplier, WarehouseDto warehouse, List<PricedLine> lines, OrderAmounts.Totals totals) {
    }

    /** A line ready to store. */
    private record PricedLine(long productId, BigDecimal quantity, BigDecimal unitPrice, String taxRateCode,
                              BigDecimal taxRate, OrderAmounts.Line amounts, LocalDate expectedDate) {
    }

    private Checked check(long companyId, String currency, PurchaseOrderInput in, Validation v) {
        PartyDto supplier = Suppliers.active(parties, companyId, in.supplierId(), "supplierId", v);
        WarehouseDto warehouse = catalog.activeWarehouse(companyId, in.warehouseId(), "warehouseId", v);
        String requested = WarehouseServiceImpl.blankToNull(in.currency());
        if (requested != null && currency != null && !requested.equalsIgnoreCase(currency)) {
            v.add("currency", Text.of("must be the company currency {0}: receipts are costed in the company currency,"
                    + " and buying in {1} needs exchange rates, which the finance module will provide",
                    "必须是公司本位币 {0}：收货按本位币计算成本，以 {1} 采购需要财务模块提供的汇率", currency,
                    requested.toUpperCase(Locale.ROOT)));
        }
        v.maxLength("note", in.note(), 1000);
        List<PurchaseOrderLineInput> inputs = in.lines() == null ? List.of() : in.lines();
        if (inputs.isEmpty()) {
            v.add("lines", Text.of("an order needs at least one line", "订单至少需要一行"));
        }
        int scale = currency == null ? 2 : Catalog.valueScale(currency);
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PricedLine line = line(companyId, currency, scale, inputs.get(i), "lines[" + i + "]", v);
            if (line != null) {
                lines.add(line);
            }
        }
        OrderAmounts.Totals totals = OrderAmounts.totals(lines.stream().map(PricedLine::amounts).toList(), scale);
        return new Checked(supplier, warehouse, lines, totals);
    }

    private PricedLine line(long companyId, String currency, int scale, PurchaseOrderLineInput in, String field,
                            Validation v) {
        if (in == null) {
            v.add(field, Text.of("is required", "必填"));
            return null;
        }
        ProductDto product = catalog.stockedProduct(companyId, in.productId(), field + ".productId", v);
        Catalog.positiveQuantity(in.quantity(), field + ".quantity", v);
        BigDecimal price = in.unitPrice();
        if (price == null && product != null && product.purchasePrice() != null && currency != null
                && product.purchasePrice().currency().getCurrencyCode().equals(currency)) {
            price = product.purchasePrice().amount();
        }
        if (price == null) {
            v.add(field + ".unitPrice", Text.of("is required (the product has no purchase price in {0})",
                    "必填（该产品没有 {0} 采购价）", String.valueOf(currency)));
        } else if (price.signum() < 0) {
            v.add(field + ".unitPrice", Text.of("must not be negative", "不能为负数"));
        } else if (price.stripTrailingZeros().scale() > scale) {
            v.add(field + ".unitPrice", Text.of("may have at most {0} decimals", "最多 {0} 位小数", scale));
        }
        String code = WarehouseServiceImpl.blankToNull(in.taxRateCode());
        if (code == null && product != null) {
            code = product.taxRateCode();
        }
        TaxRateDto rate = null;
        if (code == null) {
            v.add(field + ".taxRateCode", Text.of("is required", "必填"));
        } else {
            try {
                rate = referenceData.taxRate(code);
                if (!rate.active()) {
                    v.add(field + ".taxRateCode", Text.of("tax rate {0} is deactivated", "税率 {0} 已停用", rate.code()));
                }
            } catch (NotFoundException e) {
                v.add(field + ".taxRateCode", Text.of("there is no tax rate {0}", "不存在税率 {0}", code));
            }
        }
        if (v.hasErrors()) {
            return null; // the order is refused anyway; no amounts to compute
        }
        return new PricedLine(product.id(), in.quantity(), price, rate.code(), rate.rate(),
                OrderAmounts.line(in.quantity(), price, rate.rate(), scale), in.expectedDate());
    }

    private void insertLines(long orderId, List<PricedLine> lines) {
        int lineNo = 1;
        for (PricedLine l : lines) {
            sql.insert("INSERT INTO inv_purchase_order_line (purchase_order_id, line_no, product_id, quantity, received_qty,"
                    + " unit_price, tax_rate_code, tax_rate, net_amount, tax_amount, expected_date)"
                    + " VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)", orderId, lineNo++, l.productId(), l.quantity(),
                    l.unitPrice(), l.taxRateCode(), l.taxRate(), l.amounts().net(), l.amounts().tax(),
                    Sql.orNull(l.expectedDate()));
        }
    }

    private String companyCurrency(long companyId, Validation v) {
        try {
            return catalog.currency(companyId);
        } catch (NotFoundException e) {
            v.add("companyId", Text.of("there is no company {0}", "不存在公司 {0}", String.valueOf(companyId)));
            return null;
        }
    }

    private static PurchaseOrderInput requireBody(PurchaseOrderInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return input;
    }

    private static String requireReason(String reason) {
        String why = WarehouseServiceImpl.blankToNull(reason);
        new Validation().required("reason", why).maxLength("reason", why, 1000).throwIfInvalid();
        return why;
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String text(BigDecimal quantity) {
        return Moves.plain(quantity).toPlainString();
    }

    // ---------------------------------------------------------------- rows

    /** The stored order header. */
    private record Header(long id, long companyId, String number, long supplierId, long warehouseId,
                          PurchaseOrderStatus status, LocalDate orderDate, LocalDate expectedDate, String currency,
                          BigDecimal totalNet, BigDecimal totalTax, BigDecimal total, String note, String approvedBy,
                          Instant approvedAt, String statusReason, String approvalRef) {
    }

    /** A stored order line. */
    private record Line(long id, int lineNo, long productId, BigDecimal quantity, BigDecimal received,
                        BigDecimal unitPrice, String taxRateCode, BigDecimal taxRate, BigDecimal net, BigDecimal tax,
                        LocalDate expectedDate) {
    }

    /** Locks the order row for the rest of the transaction and reads it. */
    private Header lock(long id) {
        if (sql.update("UPDATE inv_purchase_order SET updated_at = ? WHERE id = ?", Instant.now(), id) == 0) {
            throw NotFoundException.of(PURCHASE_ORDER, id);
        }
        return header(id);
    }

    private Header header(long id) {
        return sql.one("SELECT * FROM inv_purchase_order WHERE id = ?", PurchaseOrderService::header, id)
                .orElseThrow(() -> NotFoundException.of(PURCHASE_ORDER, id));
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"), rs.getLong("supplier_id"),
                rs.getLong("warehouse_id"), PurchaseOrderStatus.valueOf(rs.getString("status")),
                Sql.date(rs, "order_date"), Sql.date(rs, "expected_date"), rs.getString("currency").strip(),
                rs.getBigDecimal("total_net"), rs.getBigDecimal("total_tax"), rs.getBigDecimal("total"),
                rs.getString("note"), rs.getString("approved_by"), Sql.instant(rs, "approved_at"),
                rs.getString("status_reason"), rs.getString("approval_ref"));
    }

    private List<Line> lines(long orderId) {
        return sql.list("SELECT * FROM inv_purchase_order_line WHERE purchase_order_id = ? ORDER BY line_no",
                rs -> new Line(rs.getLong("id"), rs.getInt("line_no"), rs.getLong("product_id"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("received_qty"), rs.getBigDecimal("unit_price"),
                        rs.getString("tax_rate_code"), rs.getBigDecimal("tax_rate"), rs.getBigDecimal("net_amount"),
                        rs.getBigDecimal("tax_amount"), Sql.date(rs, "expected_date")), orderId);
    }

    private PurchaseOrderDto dto(Header h, Map<Long, ProductDto> known) {
        PartyDto supplier = parties.get(h.supplierId());
        String warehouseCode = WarehouseRows.find(sql, h.warehouseId()).map(WarehouseDto::code).orElse(null);
        String c = h.currency();
        List<PurchaseOrderLineDto> lines = lines(h.id()).stream().map(l -> {
            ProductDto p = product(l.productId(), known);
            return new PurchaseOrderLineDto(l.id(), l.lineNo(), p.id(), p.code(), p.name(), p.unitCode(),
                    Moves.plain(l.quantity()), Moves.plain(l.received()), Moves.money(l.unitPrice(), c), l.taxRateCode(), l.taxRate(), Moves.money(l.net(), c),
                    Moves.money(l.tax(), c), l.expectedDate());
        }).toList();
        return new PurchaseOrderDto(h.id(), h.companyId(), h.number(), supplier.id(), supplier.code(), supplier.name(),
                h.warehouseId(), warehouseCode, h.status(), h.orderDate(), h.expectedDate(), c, Moves.money(h.totalNet(), c),
                Moves.money(h.totalTax(), c), Moves.money(h.total(), c), h.note(), lines, h.approvedBy(), h.approvedAt(),
                h.statusReason(), h.approvalRef());
    }

    private ProductDto product(long productId, Map<Long, ProductDto> known) {
        return known.computeIfAbsent(productId, products::get);
    }
}
