package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseOrderInput;
import io.tangram.inventory.api.PurchaseOrderLineInput;
import io.tangram.inventory.api.PurchaseOrders;
import io.tangram.inventory.api.PurchaseSuggestion;
import io.tangram.inventory.api.Replenishment;
import io.tangram.inventory.api.RequisitionDto;
import io.tangram.inventory.api.RequisitionStatus;
import io.tangram.inventory.api.ShortageInput;
import io.tangram.inventory.api.SuggestionLine;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.ledger.Moves;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.tx.Transactions;

/**
 * Replenishment: reorder-point suggestions ({@link ReorderSuggestions}), requisitions from shortages,
 * and draft purchase orders made from both through {@link PurchaseOrders}.
 */
@Component(service = Replenishment.class)
public class ReplenishmentService implements Replenishment {
    static final Text REQUISITION = Text.of("Requisition", "请购单");

    private final Sql sql;
    private final Transactions tx;
    private final Catalog catalog;
    private final StockPositions positions;
    private final ReorderSuggestions suggestions;
    private final ProductService products;
    private final PurchaseOrders purchaseOrders;
    private final DocumentNumbers numbers;
    private final AuditLog audit;

    @Activate
    public ReplenishmentService(@Reference(target = "(tangram.module=inventory)") SchemaReady schema,
                                @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                @Reference Transactions tx, @Reference AuditLog audit, @Reference ProductService products,
                                @Reference CompanyService companies, @Reference PartyService parties,
                                @Reference PurchaseOrders purchaseOrders, @Reference DocumentNumbers numbers) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.catalog = new Catalog(sql, products, companies);
        this.suggestions = new ReorderSuggestions(sql, products, parties);
        this.positions = suggestions.positions();
        this.products = products;
        this.purchaseOrders = purchaseOrders;
        this.numbers = numbers;
        this.audit = audit;
    }

    @Override
    public List<PurchaseSuggestion> suggestions(long companyId, Long warehouseId) {
        return suggestions.list(companyId, warehouseId);
    }

    @Override
    public RequisitionDto reportShortage(long companyId, ShortageInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return tx.required(() -> {
            Validation v = new Validation();
            ProductDto product = catalog.stockedProduct(companyId, input.productId(), "productId", v);
            WarehouseDto warehouse = catalog.activeWarehouse(companyId, input.warehouseId(), "warehouseId", v);
            Catalog.positiveQuantity(input.quantity(), "quantity", v);
            v.maxLength("sourceType", input.sourceType(), 16).maxLength("sourceRef", input.sourceRef(), 64)
                    .maxLength("note", input.note(), 1000);
            v.throwIfInvalid();
            String number = numbers.next(companyId, "PR", LocalDate.now().getYear());
            Instant now = Instant.now();
            long id = sql.insert("INSERT INTO inv_requisition (company_id, number, product_id, warehouse_id, quantity,"
                    + " source_type, source_ref, status, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    companyId, number, product.id(), warehouse.id(), input.quantity(),
                    WarehouseServiceImpl.blankToNull(input.sourceType()), WarehouseServiceImpl.blankToNull(input.sourceRef()),
                    RequisitionStatus.OPEN, WarehouseServiceImpl.blankToNull(input.note()), now, now);
            RequisitionDto dto = requisition(id);
            audit.record("inventory", "report-shortage", "requisition", String.valueOf(id), InventoryJson.write(dto));
            return dto;
        });
    }

    @Override
    public List<RequisitionDto> requisitions(long companyId, RequisitionStatus status) {
        return status == null ? rows("WHERE r.company_id = ?", companyId)
                : rows("WHERE r.company_id = ? AND r.status = ?", companyId, status);
    }

    @Override
    public RequisitionDto cancelRequisition(long id, String reason) {
        return tx.required(() -> {
            RequisitionDto r = requisition(id);
            if (reason == null || reason.isBlank()) {
                throw ValidationException.of("reason", Text.of("is required", "必填"));
            }
            if (sql.update("UPDATE inv_requisition SET status = ?, updated_at = ? WHERE id = ? AND status = ?",
                    RequisitionStatus.CANCELLED, Instant.now(), id, RequisitionStatus.OPEN) == 0) {
                throw notOpen(requisition(id));
            }
            audit.record("inventory", "cancel", "requisition", String.valueOf(id),
                    InventoryJson.object("number", r.number(), "reason", reason.strip()));
            return requisition(id);
        });
    }

    private static ConflictException notOpen(RequisitionDto r) {
        return r.status() == RequisitionStatus.ORDERED
                ? new ConflictException(Text.of("Requisition {0} is already ordered on purchase order {1}",
                        "请购单 {0} 已生成采购订单 {1}", r.number(), r.purchaseOrderNumber()))
                : new ConflictException(Text.of("Requisition {0} was cancelled", "请购单 {0} 已取消", r.number()));
    }

    /** One line of a purchase order to be, and where it came from. */
    private record Wanted(long productId, BigDecimal quantity, Long requisitionId, String field) {
    }

    /** Supplier and warehouse: one draft purchase order each. */
    private record OrderKey(long supplierId, long warehouseId) {
    }

    @Override
    public List<PurchaseOrderDto> createPurchaseOrders(long companyId, List<SuggestionLine> lines, List<Long> requisitionIds) {
        List<SuggestionLine> ls = lines == null ? List.of() : lines;
        List<Long> rids = requisitionIds == null ? List.of() : requisitionIds;
        if (ls.isEmpty() && rids.isEmpty()) {
            throw ValidationException.of("lines", Text.of("give at least one line or requisition to order",
                    "请至少提供一行或一张请购单"));
        }
        return tx.required(() -> {
            Validation v = new Validation();
            Map<OrderKey, List<Wanted>> groups = new LinkedHashMap<>();
            Map<Long, Optional<PartyDto>> suppliers = new HashMap<>();
            for (int i = 0; i < ls.size(); i++) {
                SuggestionLine l = ls.get(i);
                String at = "lines[" + i + "]";
                if (l == null) {
                    v.add(at, Text.of("is required", "必填"));
                    continue;
                }
                ProductDto product = catalog.stockedProduct(companyId, l.productId(), at + ".productId", v);
                Optional<StockPositions.Settings> settings = product == null ? Optional.empty() : positions.settings(product.id());
                Long wid = l.warehouseId() != null ? l.warehouseId()
                        : settings.map(StockPositions.Settings::defaultWarehouseId).orElse(null);
                WarehouseDto warehouse = catalog.activeWarehouse(companyId, wid, at + ".warehouseId", v);
                Catalog.positiveQuantity(l.quantity(), at + ".quantity", v);
                Long supplierId = l.supplierId() != null ? l.supplierId()
                        : settings.map(StockPositions.Settings::preferredSupplierId).orElse(null);
                boolean supplierOk = supplier(companyId, supplierId, product, at + ".supplierId", suppliers, v);
                if (product != null && warehouse != null && supplierOk && l.quantity() != null) {
                    groups.computeIfAbsent(new OrderKey(supplierId, warehouse.id()), k -> new ArrayList<>())
                            .add(new Wanted(product.id(), l.quantity(), null, at + ".productId"));
                }
            }
            Set<Long> seen = new HashSet<>();
            List<RequisitionDto> ordered = new ArrayList<>();
            for (int i = 0; i < rids.size(); i++) {
                String at = "requisitionIds[" + i + "]";
                Long rid = rids.get(i);
                if (rid == null) {
                    v.add(at, Text.of("is required", "必填"));
                    continue;
                }
                if (!seen.add(rid)) {
                    v.add(at, Text.of("requisition {0} is listed twice", "请购单 {0} 重复", String.valueOf(rid)));
                    continue;
                }
                // the row lock keeps a requisition from being ordered twice by two clerks at once
                if (sql.update("UPDATE inv_requisition SET updated_at = updated_at WHERE id = ? AND company_id = ?",
                        rid, companyId) == 0) {
                    v.add(at, Text.of("there is no requisition {0}", "不存在请购单 {0}", String.valueOf(rid)));
                    continue;
                }
                RequisitionDto r = requisition(rid);
                if (r.status() != RequisitionStatus.OPEN) {
                    throw notOpen(r);
                }
                ProductDto product = products.get(r.productId());
                Long supplierId = positions.settings(r.productId()).map(StockPositions.Settings::preferredSupplierId).orElse(null);
                if (supplierId == null) {
                    v.add(at, Text.of("{0} of requisition {1} has no preferred supplier: set one in its stock settings"
                            + " or order it as a line with a supplier", "请购单 {1} 的产品 {0} 没有首选供应商：请在库存设置中指定，"
                            + "或作为指定供应商的行下单", product.code(), r.number()));
                    continue;
                }
                if (supplier(companyId, supplierId, product, at, suppliers, v)) {
                    groups.computeIfAbsent(new OrderKey(supplierId, r.warehouseId()), k -> new ArrayList<>())
                            .add(new Wanted(r.productId(), r.quantity(), r.id(), at));
                    ordered.add(r);
                }
            }
            v.throwIfInvalid();
            String currency = catalog.currency(companyId);
            List<PurchaseOrderDto> created = new ArrayList<>();
            for (Map.Entry<OrderKey, List<Wanted>> g : groups.entrySet()) {
                PurchaseOrderDto po = purchaseOrders.create(order(companyId, g.getKey(), g.getValue(), currency));
                created.add(po);
                for (Wanted w : g.getValue()) {
                    if (w.requisitionId() != null) {
                        sql.update("UPDATE inv_requisition SET status = ?, purchase_order_id = ?, updated_at = ? WHERE id = ?",
                                RequisitionStatus.ORDERED, po.id(), Instant.now(), w.requisitionId());
                    }
                }
            }
            audit.record("inventory", "order", "replenishment", created.stream().map(PurchaseOrderDto::number)
                    .reduce((a, b) -> a + "," + b).orElse(""), InventoryJson.object("purchaseOrders",
                            created.stream().map(PurchaseOrderDto::number).toList(), "requisitions",
                            ordered.stream().map(RequisitionDto::number).toList(), "lines", ls));
            return created;
        });
    }

    /** Checks the supplier of a line; adds an error under {@code field} and answers false when it cannot be used. */
    private boolean supplier(long companyId, Long supplierId, ProductDto product, String field,
                             Map<Long, Optional<PartyDto>> known, Validation v) {
        if (supplierId == null) {
            v.add(field, product == null ? Text.of("is required", "必填")
                    : Text.of("is required: {0} has no preferred supplier", "必填：产品 {0} 没有首选供应商", product.code()));
            return false;
        }
        PartyDto s = known.computeIfAbsent(supplierId, suggestions::party).orElse(null);
        if (s == null || s.companyId() != companyId) {
            v.add(field, Text.of("there is no supplier {0}", "不存在供应商 {0}", String.valueOf(supplierId)));
            return false;
        }
        if (!s.supplier() || !s.active()) {
            v.add(field, Text.of("{0} is not an active supplier", "{0} 不是有效的供应商", s.code()));
            return false;
        }
        return true;
    }

    /**
     * The draft purchase order of one supplier and warehouse: a line per product (quantities of the
     * same product added up) at its last price. The order is in the currency of those prices (the
     * company currency when there is none); a product without any price goes in at 0 for the buyer to fill in.
     */
    private PurchaseOrderInput order(long companyId, OrderKey key, List<Wanted> wanted, String companyCurrency) {
        Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
        Map<Long, String> fields = new HashMap<>();
        List<String> requisitions = new ArrayList<>();
        for (Wanted w : wanted) {
            quantities.merge(w.productId(), w.quantity(), BigDecimal::add);
            fields.putIfAbsent(w.productId(), w.field());
            if (w.requisitionId() != null) {
                requisitions.add(requisition(w.requisitionId()).number());
            }
        }
        Map<Long, ReorderSuggestions.Price> prices = new HashMap<>();
        String currency = null;
        for (long productId : quantities.keySet()) {
            Optional<ReorderSuggestions.Price> price = suggestions.lastPrice(products.get(productId));
            if (price.isPresent()) {
                prices.put(productId, price.get());
                if (currency == null) {
                    currency = price.get().currency();
                } else if (!currency.equals(price.get().currency())) {
                    throw ValidationException.of(fields.get(productId), Text.of(
                            "the last price of {0} is in {1}, other products for this supplier in {2}: order it separately",
                            "产品 {0} 的最近价格币种为 {1}，该供应商的其他产品为 {2}：请分开下单",
                            products.get(productId).code(), price.get().currency(), currency));
                }
            }
        }
        String orderCurrency = currency == null ? companyCurrency : currency;
        List<PurchaseOrderLineInput> lines = new ArrayList<>();
        quantities.forEach((productId, quantity) -> lines.add(new PurchaseOrderLineInput(productId, quantity,
                Optional.ofNullable(prices.get(productId)).map(ReorderSuggestions.Price::amount).orElse(BigDecimal.ZERO), null, null)));
        String note = requisitions.isEmpty() ? "Replenishment" : "Replenishment: " + String.join(", ", requisitions);
        if (note.length() > 1000) {
            note = note.substring(0, 997) + "...";
        }
        return new PurchaseOrderInput(companyId, key.supplierId(), key.warehouseId(), null, orderCurrency, note, lines);
    }

    private RequisitionDto requisition(long id) {
        return rows("WHERE r.id = ?", id).stream().findFirst().orElseThrow(() -> NotFoundException.of(REQUISITION, id));
    }

    private List<RequisitionDto> rows(String where, Object... args) {
        Map<Long, String> codes = new HashMap<>();
        return sql.list("SELECT r.*, w.code AS warehouse_code, o.number AS po_number FROM inv_requisition r"
                + " JOIN inv_warehouse w ON w.id = r.warehouse_id LEFT JOIN inv_purchase_order o ON o.id = r.purchase_order_id "
                + where + " ORDER BY r.id", rs -> new RequisitionDto(rs.getLong("id"), rs.getLong("company_id"),
                        rs.getString("number"), rs.getLong("product_id"),
                        codes.computeIfAbsent(rs.getLong("product_id"), pid -> products.get(pid).code()),
                        rs.getLong("warehouse_id"), rs.getString("warehouse_code"), Moves.plain(rs.getBigDecimal("quantity")),
                        rs.getString("source_type"), rs.getString("source_ref"),
                        RequisitionStatus.valueOf(rs.getString("status")), Sql.nullableLong(rs, "purchase_order_id"),
                        rs.getString("po_number"), Sql.instant(rs, "created_at")), args);
    }
}
