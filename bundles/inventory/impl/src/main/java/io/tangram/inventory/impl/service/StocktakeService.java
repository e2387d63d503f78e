package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.inventory.api.CountInput;
import io.tangram.inventory.api.InventoryTopics;
import io.tangram.inventory.api.MoveType;
import io.tangram.inventory.api.StocktakeDto;
import io.tangram.inventory.api.StocktakeLineDto;
import io.tangram.inventory.api.StocktakeStatus;
import io.tangram.inventory.api.Stocktakes;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.ledger.Balance;
import io.tangram.inventory.impl.ledger.MoveRow;
import io.tangram.inventory.impl.ledger.Moves;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ProductType;
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
import io.tangram.platform.api.tx.Transactions;

/**
 * Stocktakes (盘点). The count sheet of a warehouse lists, with the quantity on hand when it is
 * opened as book quantity:
 * <ul>
 * <li>every product with a stock balance in the warehouse (it was ever moved there), active and
 * stocked, or deactivated but still holding stock there (so it can be counted out);</li>
 * <li>every active stocked product whose stock settings name the warehouse as default warehouse,
 * even if it never moved (so goods found on the shelf can be counted in);</li>
 * <li>with a category: only products of that category, plus every active stocked product of the
 * category, so a shelf-by-shelf count of a category misses nothing.</li>
 * </ul>
 * Only one sheet per warehouse is counted at a time. Posting books each variance (counted − book) as a
 * {@link MoveType#STOCKTAKE} move at the current cost, all in one transaction: one loss larger than the
 * available stock posts nothing.
 */
@Component(service = Stocktakes.class)
public class StocktakeService implements Stocktakes {
    static final Text STOCKTAKE = Text.of("Stocktake", "盘点单");
    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final Sql sql;
    private final Transactions tx;
    private final StockPostings postings;
    private final Catalog catalog;
    private final ProductService products;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final EventPublisher events;
    private final LowStockWatch lowStock;

    @Activate
    public StocktakeService(@Reference(target = "(tangram.module=inventory)") SchemaReady schema,
                            @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                            @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                            @Reference ProductService products, @Reference CompanyService companies,
                            @Reference DocumentNumbers numbers) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.postings = new StockPostings(sql, tx, products, companies);
        this.catalog = postings.catalog();
        this.products = products;
        this.numbers = numbers;
        this.audit = audit;
        this.events = events;
        this.lowStock = new LowStockWatch(sql, events);
    }

    /** A stored header. */
    private record Header(long id, long companyId, String number, long warehouseId, String warehouseCode, String category,
                          StocktakeStatus status, Instant openedAt, Instant postedAt, BigDecimal varianceValue) {
    }

    /** A stored line. */
    private record Line(long id, long productId, BigDecimal book, BigDecimal counted) {
    }

    @Override
    public StocktakeDto open(long companyId, long warehouseId, String category) {
        String cat = WarehouseServiceImpl.blankToNull(category);
        return tx.required(() -> {
            Validation v = new Validation();
            WarehouseDto warehouse = catalog.activeWarehouse(companyId, warehouseId, "warehouseId", v);
            v.maxLength("category", cat, 100);
            v.throwIfInvalid();
            // the warehouse row lock makes two clerks opening a sheet at once wait for each other
            sql.update("UPDATE inv_warehouse SET updated_at = updated_at WHERE id = ?", warehouse.id());
            sql.one("SELECT number FROM inv_stocktake WHERE warehouse_id = ? AND status = ?", rs -> rs.getString(1),
                    warehouse.id(), StocktakeStatus.COUNTING).ifPresent(number -> {
                        throw new ConflictException(Text.of(
                                "Stocktake {0} of warehouse {1} is still being counted; post or cancel it before opening another",
                                "仓库 {1} 的盘点单 {0} 仍在盘点中，请先过账或取消", number, warehouse.code()));
                    });
            Map<Long, BigDecimal> sheet = sheetProducts(companyId, warehouse.id(), cat);
            if (sheet.isEmpty()) {
                throw new ConflictException(cat == null
                        ? Text.of("Warehouse {0} has no products to count", "仓库 {0} 没有可盘点的产品", warehouse.code())
                        : Text.of("Warehouse {0} has no products of category {1} to count",
                                "仓库 {0} 没有类别为 {1} 的可盘点产品", warehouse.code(), cat));
            }
            String number = numbers.next(companyId, "ST", LocalDate.now().getYear());
            long id = sql.insert("INSERT INTO inv_stocktake (company_id, number, warehouse_id, category, status, opened_at,"
                    + " opened_by) VALUES (?, ?, ?, ?, ?, ?, ?)", companyId, number, warehouse.id(), cat,
                    StocktakeStatus.COUNTING, Instant.now(), CallContext.actorName());
            for (Map.Entry<Long, BigDecimal> e : sheet.entrySet()) {
                sql.insert("INSERT INTO inv_stocktake_line (stocktake_id, product_id, book_qty) VALUES (?, ?, ?)",
                        id, e.getKey(), e.getValue());
            }
            StocktakeDto dto = get(id);
            audit.record("inventory", "open", "stocktake", String.valueOf(id), InventoryJson.object("number", number,
                    "warehouseId", warehouse.id(), "category", cat, "lines", sheet.size()));
            return dto;
        });
    }

    /** Product id → book quantity of the products the sheet lists (see the class comment). */
    private Map<Long, BigDecimal> sheetProducts(long companyId, long warehouseId, String category) {
        Map<Long, ProductDto> known = new HashMap<>();
        Map<Long, BigDecimal> sheet = new HashMap<>();
        for (Object[] b : sql.list("SELECT product_id, quantity FROM inv_stock_balance WHERE company_id = ? AND warehouse_id = ?",
                rs -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)}, companyId, warehouseId)) {
            ProductDto p = known.computeIfAbsent((Long) b[0], products::get);
            BigDecimal onHand = (BigDecimal) b[1];
            boolean countable = p.type() == ProductType.STOCKED && (p.active() || onHand.signum() != 0);
            if (countable && inCategory(p, category)) {
                sheet.put(p.id(), onHand);
            }
        }
        for (long productId : sql.list("SELECT product_id FROM inv_stock_settings WHERE company_id = ? AND default_warehouse_id = ?",
                rs -> rs.getLong(1), companyId, warehouseId)) {
            ProductDto p = known.computeIfAbsent(productId, products::get);
            if (p.type() == ProductType.STOCKED && p.active() && inCategory(p, category)) {
                sheet.putIfAbsent(p.id(), BigDecimal.ZERO);
            }
        }
        if (category != null) {
            int offset = 0;
            Page<ProductDto> page;
            do {
                page = products.search(companyId, category, false, new PageRequest(offset, PAGE));
                for (ProductDto p : page.items()) {
                    if (p.type() == ProductType.STOCKED && p.active() && inCategory(p, category)) {
                        sheet.putIfAbsent(p.id(), BigDecimal.ZERO);
                    }
                }
                offset += PAGE;
            } while (offset < page.total() && !page.items().isEmpty());
        }
        return sheet;
    }

    private static boolean inCategory(ProductDto p, String category) {
        return category == null || p.category() != null && p.category().strip().equalsIgnoreCase(category);
    }

    @Override
    public StocktakeDto enterCounts(long id, List<CountInput> counts) {
        if (counts == null) {
            throw ValidationException.of("body", Text.of("is required: a list of {productId, counted}",
                    "必填：由 {productId, counted} 组成的列表"));
        }
        return tx.required(() -> {
            Header h = lockCounting(id);
            Map<Long, Line> lines = new HashMap<>();
            for (Line l : lines(id)) {
                lines.put(l.productId(), l);
            }
            Validation v = new Validation();
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < counts.size(); i++) {
                CountInput c = counts.get(i);
                String at = "counts[" + i + "]";
                if (c == null) {
                    v.add(at, Text.of("is required", "必填"));
                    continue;
                }
                if (c.productId() == null) {
                    v.add(at + ".productId", Text.of("is required", "必填"));
                } else if (!lines.containsKey(c.productId())) {
                    v.add(at + ".productId", Text.of("product {0} is not on count sheet {1}", "产品 {0} 不在盘点单 {1} 中",
                            String.valueOf(c.productId()), h.number()));
                } else if (!seen.add(c.productId())) {
                    v.add(at + ".productId", Text.of("product {0} is counted twice in this list", "产品 {0} 在列表中重复",
                            String.valueOf(c.productId())));
                }
                if (c.counted() == null) {
                    v.add(at + ".counted", Text.of("is required", "必填"));
                } else if (c.counted().signum() < 0) {
                    v.add(at + ".counted", Text.of("must not be negative", "不能为负数"));
                } else if (c.counted().stripTrailingZeros().scale() > 4) {
                    v.add(at + ".counted", Text.of("may have at most 4 decimals", "最多 4 位小数"));
                }
            }
            v.throwIfInvalid();
            for (CountInput c : counts) {
                sql.update("UPDATE inv_stocktake_line SET counted_qty = ? WHERE id = ?", c.counted(),
                        lines.get(c.productId()).id());
            }
            audit.record("inventory", "count", "stocktake", String.valueOf(id), InventoryJson.object("number", h.number(),
                    "counts", counts));
            return get(id);
        });
    }

    @Override
    public StocktakeDto post(long id) {
        return tx.required(() -> {
            Header h = lockCounting(id);
            List<Line> lines = lines(id);
            List<String> uncounted = new ArrayList<>();
            for (Line l : lines) {
                if (l.counted() == null) {
                    uncounted.add(products.get(l.productId()).code());
                }
            }
            if (!uncounted.isEmpty()) {
                throw new ConflictException(Text.of("Stocktake {0} cannot be posted: {1} line(s) are not counted yet ({2})",
                        "盘点单 {0} 无法过账：还有 {1} 行未录入盘点数量（{2}）", h.number(), uncounted.size(),
                        String.join(", ", uncounted.subList(0, Math.min(10, uncounted.size())))));
            }
            WarehouseDto warehouse = WarehouseRows.find(sql, h.warehouseId()).orElseThrow();
            String currency = catalog.currency(h.companyId());
            String reason = "Stocktake " + h.number();
            MoveRow.Origin origin = MoveRow.Origin.of("STOCKTAKE", h.number(), reason);
            List<MoveRow> moves = new ArrayList<>();
            Map<Long, ProductDto> posted = new LinkedHashMap<>();
            BigDecimal varianceValue = BigDecimal.ZERO.setScale(Catalog.valueScale(currency));
            // by product id, the order every posting locks balances in
            for (Line l : lines.stream().sorted(Comparator.comparingLong(Line::productId)).toList()) {
                BigDecimal variance = l.counted().subtract(l.book());
                if (variance.signum() == 0) {
                    continue;
                }
                if (!warehouse.active()) {
                    throw new ConflictException(Text.of("Stocktake {0} cannot be posted: warehouse {1} was deactivated",
                            "盘点单 {0} 无法过账：仓库 {1} 已停用", h.number(), warehouse.code()));
                }
                ProductDto product = products.get(l.productId());
                Catalog.Settings settings = catalog.settings(product.id());
                MoveRow move;
                if (variance.signum() > 0) {
                    move = postings.postIn(h.companyId(), product, warehouse, settings, MoveType.STOCKTAKE, variance, null, origin);
                } else {
                    BigDecimal loss = variance.negate();
                    Balance balance = postings.posting().lock(h.companyId(), product.id(), warehouse.id(),
                            settings.costingMethod(), Catalog.valueScale(currency));
                    if (!warehouse.allowNegativeStock() && balance.available().compareTo(loss) < 0) {
                        throw new ConflictException(Text.of("Stocktake {0} cannot be posted: {1} would lose {2} {3} in warehouse {4},"
                                + " but only {5} are available (the rest was issued or reserved since the sheet was opened);"
                                + " recount it or cancel the stocktake",
                                "盘点单 {0} 无法过账：{1} 在仓库 {4} 盘亏 {2} {3}，但可用数量仅 {5}（开单后已出库或被预留）；请重新盘点或取消盘点单",
                                h.number(), product.code(), Moves.plain(loss).toPlainString(), product.unitCode(), warehouse.code(),
                                Moves.plain(balance.available()).toPlainString()));
                    }
                    move = postings.postOut(h.companyId(), product, warehouse, settings, MoveType.STOCKTAKE, loss, origin);
                }
                moves.add(move);
                posted.put(move.id(), product);
                varianceValue = varianceValue.add(move.value());
            }
            Instant now = Instant.now();
            sql.update("UPDATE inv_stocktake SET status = ?, posted_at = ?, variance_value = ? WHERE id = ?",
                    StocktakeStatus.POSTED, now, varianceValue, id);
            for (MoveRow m : moves) {
                ProductDto product = posted.get(m.id());
                events.publish(InventoryTopics.STOCK_ADJUSTED, m.companyId(), m.sourceRef(),
                        StockLedgerService.adjustedPayload(m, product, reason));
                if (m.quantity().signum() < 0) {
                    lowStock.afterDecrease(m.companyId(), m.productId(), m.productCode(), m.warehouseId(), m.quantity().negate());
                }
            }
            StocktakeDto dto = get(id);
            audit.record("inventory", "post", "stocktake", String.valueOf(id), InventoryJson.object("number", h.number(),
                    "varianceValue", varianceValue, "moves", moves.stream().map(postings::dto).toList()));
            return dto;
        });
    }

    @Override
    public StocktakeDto cancel(long id) {
        return tx.required(() -> {
            Header h = lockCounting(id);
            sql.update("UPDATE inv_stocktake SET status = ? WHERE id = ?", StocktakeStatus.CANCELLED, id);
            audit.record("inventory", "cancel", "stocktake", String.valueOf(id), InventoryJson.object("number", h.number()));
            return get(id);
        });
    }

    @Override
    public StocktakeDto get(long id) {
        Header h = headers("WHERE s.id = ?", id).stream().findFirst().orElseThrow(() -> NotFoundException.of(STOCKTAKE, id));
        return dto(h, lines(id));
    }

    @Override
    public List<StocktakeDto> list(long companyId, StocktakeStatus status) {
        List<Header> headers = status == null ? headers("WHERE s.company_id = ?", companyId)
                : headers("WHERE s.company_id = ? AND s.status = ?", companyId, status);
        return headers.stream().map(h -> dto(h, List.of())).toList();
    }

    /** Locks a sheet being counted against concurrent counts, posting and cancelling; refuses any other. */
    private Header lockCounting(long id) {
        if (sql.update("UPDATE inv_stocktake SET status = status WHERE id = ? AND status = ?", id, StocktakeStatus.COUNTING) == 0) {
            Header h = headers("WHERE s.id = ?", id).stream().findFirst().orElseThrow(() -> NotFoundException.of(STOCKTAKE, id));
            throw new ConflictException(h.status() == StocktakeStatus.POSTED
                    ? Text.of("Stocktake {0} is already posted; correct stock with an adjustment",
                            "盘点单 {0} 已过账，请通过库存调整更正", h.number())
                    : Text.of("Stocktake {0} was cancelled", "盘点单 {0} 已取消", h.number()));
        }
        return headers("WHERE s.id = ?", id).get(0);
    }

    private List<Header> headers(String where, Object... args) {
        return sql.list("SELECT s.*, w.code AS warehouse_code FROM inv_stocktake s JOIN inv_warehouse w ON w.id = s.warehouse_id "
                + where + " ORDER BY s.id DESC", rs -> new Header(rs.getLong("id"), rs.getLong("company_id"),
                        rs.getString("number"), rs.getLong("warehouse_id"), rs.getString("warehouse_code"),
                        rs.getString("category"), StocktakeStatus.valueOf(rs.getString("status")),
                        Sql.instant(rs, "opened_at"), Sql.instant(rs, "posted_at"), rs.getBigDecimal("variance_value")),
                args);
    }

    private List<Line> lines(long stocktakeId) {
        return sql.list("SELECT id, product_id, book_qty, counted_qty FROM inv_stocktake_line WHERE stocktake_id = ?",
                rs -> new Line(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)), stocktakeId);
    }

    private StocktakeDto dto(Header h, List<Line> lines) {
        String currency = h.varianceValue() == null ? null : catalog.currency(h.companyId());
        List<StocktakeLineDto> dtos = lines.stream().map(l -> {
            ProductDto p = products.get(l.productId());
            return new StocktakeLineDto(l.id(), p.id(), p.code(), p.name(), p.unitCode(), Moves.plain(l.book()),
                    l.counted() == null ? null : Moves.plain(l.counted()),
                    l.counted() == null ? null : Moves.plain(l.counted().subtract(l.book())));
        }).sorted(Comparator.comparing(StocktakeLineDto::productCode)).toList();
        return new StocktakeDto(h.id(), h.companyId(), h.number(), h.warehouseId(), h.warehouseCode(), h.category(),
                h.status(), h.openedAt(), h.postedAt(), currency == null ? null : Moves.money(h.varianceValue(), currency), dtos);
    }
}
