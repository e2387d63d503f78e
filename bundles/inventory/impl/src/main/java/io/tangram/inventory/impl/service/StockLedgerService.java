package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.inventory.api.GoodsInput;
import io.tangram.inventory.api.InventoryTopics;
import io.tangram.inventory.api.MoveType;
import io.tangram.inventory.api.StockLedger;
import io.tangram.inventory.api.StockLevelDto;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.api.TransferInput;
import io.tangram.inventory.api.ValuationLine;
import io.tangram.inventory.api.ValuationReport;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.inventory.impl.costing.CostedMove;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.ledger.Balance;
import io.tangram.inventory.impl.ledger.MoveRow;
import io.tangram.inventory.impl.ledger.Moves;
import io.tangram.inventory.impl.ledger.Posting;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.tx.Transactions;

@Component(service = StockLedger.class)
public class StockLedgerService implements StockLedger {
    static final Text MOVE = Text.of("Stock move", "库存移动");

    private final Sql sql;
    private final Transactions tx;
    private final StockPostings postings;
    private final Posting posting;
    private final Catalog catalog;
    private final ProductService products;
    private final AuditLog audit;
    private final EventPublisher events;
    private final LowStockWatch lowStock;

    @Activate
    public StockLedgerService(@Reference(target = "(tangram.module=inventory)") SchemaReady schema,
                              @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                              @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                              @Reference ProductService products, @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.postings = new StockPostings(sql, tx, products, companies);
        this.posting = postings.posting();
        this.catalog = postings.catalog();
        this.products = products;
        this.audit = audit;
        this.events = events;
        this.lowStock = new LowStockWatch(sql, events);
    }

    @Override
    public StockMoveDto receive(long companyId, GoodsInput input) {
        GoodsInput in = require(input);
        return tx.required(() -> {
            Validation v = new Validation();
            ProductDto product = catalog.stockedProduct(companyId, in.productId(), "productId", v);
            WarehouseDto warehouse = catalog.activeWarehouse(companyId, in.warehouseId(), "warehouseId", v);
            Catalog.positiveQuantity(in.quantity(), "quantity", v);
            v.notNegative("unitCost", in.unitCost());
            Catalog.Settings settings = product == null ? Catalog.Settings.DEFAULT : catalog.settings(product.id());
            StockPostings.trackedLot(settings, in.lotNumber(), v);
            v.throwIfInvalid();
            MoveRow move = postings.postIn(companyId, product, warehouse, settings, MoveType.RECEIPT, in.quantity(),
                    in.unitCost(), origin(in));
            publishReceived(move, product);
            audit.record("inventory", "receive", "stock-move", String.valueOf(move.id()), InventoryJson.write(dto(move)));
            return dto(move);
        });
    }

    @Override
    public StockMoveDto issue(long companyId, GoodsInput input) {
        GoodsInput in = require(input);
        return tx.required(() -> {
            Validation v = new Validation();
            ProductDto product = catalog.stockedProduct(companyId, in.productId(), "productId", v);
            WarehouseDto warehouse = catalog.activeWarehouse(companyId, in.warehouseId(), "warehouseId", v);
            Catalog.positiveQuantity(in.quantity(), "quantity", v);
            Catalog.Settings settings = product == null ? Catalog.Settings.DEFAULT : catalog.settings(product.id());
            StockPostings.trackedLot(settings, in.lotNumber(), v);
            v.throwIfInvalid();
            MoveRow move = postings.postOut(companyId, product, warehouse, settings, MoveType.ISSUE, in.quantity(), origin(in));
            publishIssued(move, product);
            lowStock.afterDecrease(companyId, product.id(), product.code(), warehouse.id(), in.quantity());
            audit.record("inventory", "issue", "stock-move", String.valueOf(move.id()), InventoryJson.write(dto(move)));
            return dto(move);
        });
    }

    @Override
    public List<StockMoveDto> transfer(long companyId, TransferInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return tx.required(() -> {
            Validation v = new Validation();
            ProductDto product = catalog.stockedProduct(companyId, input.productId(), "productId", v);
            WarehouseDto from = catalog.activeWarehouse(companyId, input.fromWarehouseId(), "fromWarehouseId", v);
            WarehouseDto to = catalog.activeWarehouse(companyId, input.toWarehouseId(), "toWarehouseId", v);
            Catalog.positiveQuantity(input.quantity(), "quantity", v);
            if (from != null && to != null && from.id() == to.id()) {
                v.add("toWarehouseId", Text.of("must differ from the warehouse the goods leave",
                        "调入仓库不能与调出仓库相同"));
            }
            Catalog.Settings settings = product == null ? Catalog.Settings.DEFAULT : catalog.settings(product.id());
            StockPostings.trackedLot(settings, input.lotNumber(), v);
            v.throwIfInvalid();
            String currency = catalog.currency(companyId);
            int scale = Catalog.valueScale(currency);
            // lock both balances in warehouse id order, so two opposite transfers cannot deadlock
            Balance first = posting.lock(companyId, product.id(), Math.min(from.id(), to.id()), settings.costingMethod(), scale);
            Balance second = posting.lock(companyId, product.id(), Math.max(from.id(), to.id()), settings.costingMethod(), scale);
            Balance source = first.warehouseId() == from.id() ? first : second;
            Balance target = source == first ? second : first;
            CostedMove out = StockPostings.takeOut(source, from, product, input.quantity());
            MoveRow.Origin origin = MoveRow.Origin.of("TRANSFER", null, input.note()).withLot(null, input.lotNumber());
            MoveRow outMove = posting.insert(source, MoveType.TRANSFER_OUT, product.code(), -1, out, null, currency, origin);
            long layerRef = posting.nextLayerRef(product.id(), to.id());
            CostedMove in = target.valuation().receiveTransfer(out, layerRef);
            MoveRow inMove = posting.insert(target, MoveType.TRANSFER_IN, product.code(), +1, in, layerRef, currency,
                    origin.withCounterpart(outMove.id()));
            posting.save(source);
            posting.save(target);
            events.publish(InventoryTopics.STOCK_TRANSFERRED, companyId, "TRANSFER-" + outMove.id(), InventoryJson.object(
                    "outMoveId", outMove.id(), "inMoveId", inMove.id(), "companyId", companyId, "productId", product.id(),
                    "productCode", product.code(), "fromWarehouseId", from.id(), "toWarehouseId", to.id(),
                    "quantity", Moves.plain(input.quantity()), "value", out.value(), "currency", currency));
            lowStock.afterDecrease(companyId, product.id(), product.code(), from.id(), input.quantity());
            List<StockMoveDto> moves = List.of(dto(outMove), dto(inMove));
            audit.record("inventory", "transfer", "stock-move", String.valueOf(outMove.id()), InventoryJson.write(moves));
            return moves;
        });
    }

    @Override
    public StockMoveDto adjust(long companyId, GoodsInput input) {
        GoodsInput in = require(input);
        return tx.required(() -> {
            Validation v = new Validation();
            ProductDto product = catalog.stockedProduct(companyId, in.productId(), "productId", v);
            WarehouseDto warehouse = catalog.activeWarehouse(companyId, in.warehouseId(), "warehouseId", v);
            if (in.quantity() == null || in.quantity().signum() == 0) {
                v.add("quantity", Text.of("must be a positive (found) or negative (lost) quantity",
                        "必须为正数（盘盈）或负数（盘亏）"));
            } else {
                Catalog.positiveQuantity(in.quantity().abs(), "quantity", v);
            }
            v.notNegative("unitCost", in.unitCost());
            v.required("note", WarehouseServiceImpl.blankToNull(in.note()));
            Catalog.Settings settings = product == null ? Catalog.Settings.DEFAULT : catalog.settings(product.id());
            StockPostings.trackedLot(settings, in.lotNumber(), v);
            v.throwIfInvalid();
            MoveRow move = in.quantity().signum() > 0
                    ? postings.postIn(companyId, product, warehouse, settings, MoveType.ADJUSTMENT, in.quantity(),
                            in.unitCost(), origin(in))
                    : postings.postOut(companyId, product, warehouse, settings, MoveType.ADJUSTMENT,
                            in.quantity().negate(), origin(in));
            publishAdjusted(move, product, in.note());
            lowStock.afterDecrease(companyId, product.id(), product.code(), warehouse.id(), in.quantity().negate());
            audit.record("inventory", "adjust", "stock-move", String.valueOf(move.id()), InventoryJson.write(dto(move)));
            return dto(move);
        });
    }

    @Override
    public List<StockMoveDto> reverse(long moveId, String reason) {
        return tx.required(() -> {
            MoveRow original = posting.move(moveId).orElseThrow(() -> NotFoundException.of(MOVE, moveId));
            if (reason == null || reason.isBlank()) {
                throw ValidationException.of("reason", Text.of("is required", "必填"));
            }
            List<MoveRow> halves = new ArrayList<>(List.of(original));
            if (original.type() == MoveType.TRANSFER_IN && original.counterpartMoveId() != null) {
                halves.add(posting.move(original.counterpartMoveId()).orElseThrow());
            } else if (original.type() == MoveType.TRANSFER_OUT) {
                sql.one("SELECT id FROM inv_stock_move WHERE counterpart_move_id = ?", rs -> rs.getLong(1), moveId)
                        .flatMap(posting::move).ifPresent(halves::add);
            }
            if (original.receiptId() != null) {
                throw new ConflictException(Text.of("Move {0} belongs to goods receipt {1}; correct it on the purchase order",
                        "库存移动 {0} 属于收货单 {1}，请在采购订单上更正", moveId, original.receiptId()));
            }
            // the incoming half goes back first, so a transfer can be undone while nothing else moved
            halves.sort(Comparator.comparing((MoveRow m) -> m.quantity().signum()).reversed());
            List<StockMoveDto> reversals = new ArrayList<>();
            for (MoveRow m : halves) {
                if (m.reversesMoveId() != null) {
                    throw new ConflictException(Text.of("Move {0} is itself a reversal and cannot be reversed",
                            "库存移动 {0} 本身是冲销，不能再冲销", m.id()));
                }
                if (posting.reversalOf(m.id()).isPresent()) {
                    throw new ConflictException(Text.of("Move {0} is already reversed", "库存移动 {0} 已被冲销", m.id()));
                }
                reversals.add(dto(reverseOne(m, reason.strip())));
            }
            audit.record("inventory", "reverse", "stock-move", String.valueOf(moveId),
                    InventoryJson.object("reason", reason.strip(), "reversals", reversals));
            return reversals;
        });
    }

    private MoveRow reverseOne(MoveRow m, String reason) {
        Catalog.Settings settings = catalog.settings(m.productId());
        Balance balance = posting.lock(m.companyId(), m.productId(), m.warehouseId(), settings.costingMethod(),
                Catalog.valueScale(m.currency()));
        MoveRow.Origin origin = new MoveRow.Origin(m.sourceType(), m.sourceRef(), reason, m.locationCode(), m.lotNumber(),
                null, null, m.id(), null);
        BigDecimal quantity = m.quantity().abs();
        MoveRow reversal;
        if (m.quantity().signum() > 0) {
            if (balance.available().compareTo(quantity) < 0) {
                throw new ConflictException(Text.of("Cannot reverse move {0}: only {1} of {2} are available, {3} would leave",
                        "无法冲销库存移动 {0}：{2} 可用数量仅为 {1}，需冲出 {3}", m.id(), Moves.plain(balance.available()),
                        m.productCode(), Moves.plain(quantity)));
            }
            long ref = m.layerRef() == null ? 0 : m.layerRef();
            CostedMove cost = balance.valuation().reverseReceipt(ref, quantity, m.unitCost());
            reversal = posting.insert(balance, m.type(), m.productCode(), -1, cost, null, m.currency(), origin);
        } else {
            BigDecimal value = m.value().negate().subtract(m.variance());
            CostedMove original = new CostedMove(quantity, value, m.unitCost(), m.takes(), m.variance());
            CostedMove cost = balance.valuation().reverseIssue(original);
            reversal = posting.insert(balance, m.type(), m.productCode(), +1, cost, posting.nextLayerRef(m.productId(),
                    m.warehouseId()), m.currency(), origin);
        }
        posting.save(balance);
        ProductDto product = products.get(m.productId());
        publishAdjusted(reversal, product, reason);
        lowStock.afterDecrease(m.companyId(), m.productId(), m.productCode(), m.warehouseId(), reversal.quantity().negate());
        return reversal;
    }

    @Override
    public StockMoveDto move(long moveId) {
        return posting.move(moveId).map(this::dto).orElseThrow(() -> NotFoundException.of(MOVE, moveId));
    }

    @Override
    public List<StockLevelDto> levels(long companyId, Long warehouseId, Long productId) {
        StringBuilder where = new StringBuilder(" WHERE b.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (warehouseId != null) {
            where.append(" AND b.warehouse_id = ?");
            args.add(warehouseId);
        }
        if (productId != null) {
            where.append(" AND b.product_id = ?");
            args.add(productId);
        }
        String currency = catalog.currency(companyId);
        Map<Long, ProductDto> known = new HashMap<>();
        return sql.list("SELECT b.product_id, b.warehouse_id, w.code, b.quantity, b.reserved, b.value_amount, b.last_unit_cost"
                + " FROM inv_stock_balance b JOIN inv_warehouse w ON w.id = b.warehouse_id" + where
                + " ORDER BY b.product_id, w.code", rs -> {
                    long pid = rs.getLong(1);
                    ProductDto p = known.computeIfAbsent(pid, products::get);
                    BigDecimal onHand = rs.getBigDecimal(4);
                    BigDecimal reserved = rs.getBigDecimal(5);
                    BigDecimal value = rs.getBigDecimal(6);
                    BigDecimal unitCost = onHand.signum() > 0
                            ? value.divide(onHand, 6, java.math.RoundingMode.HALF_UP) : rs.getBigDecimal(7);
                    return new StockLevelDto(pid, p.code(), p.name(), p.unitCode(), rs.getLong(2), rs.getString(3),
                            Moves.plain(onHand), Moves.plain(reserved), Moves.plain(onHand.subtract(reserved).max(BigDecimal.ZERO)),
                            unitCost, Moves.money(value, currency));
                }, args.toArray()).stream().sorted(Comparator.comparing(StockLevelDto::productCode)
                        .thenComparing(StockLevelDto::warehouseCode)).toList();
    }

    @Override
    public Page<StockMoveDto> history(long companyId, Long productId, Long warehouseId, LocalDate from, LocalDate to,
                                      PageRequest page) {
        Objects.requireNonNull(page, "page");
        StringBuilder where = new StringBuilder(" WHERE company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (productId != null) {
            where.append(" AND product_id = ?");
            args.add(productId);
        }
        if (warehouseId != null) {
            where.append(" AND warehouse_id = ?");
            args.add(warehouseId);
        }
        if (from != null) {
            where.append(" AND posted_on >= ?");
            args.add(from);
        }
        if (to != null) {
            where.append(" AND posted_on <= ?");
            args.add(to);
        }
        long total = sql.one("SELECT COUNT(*) FROM inv_stock_move" + where, rs -> rs.getLong(1), args.toArray()).orElse(0L);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.offset());
        pageArgs.add(page.limit());
        List<StockMoveDto> items = sql.list("SELECT * FROM inv_stock_move" + where
                + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> Moves.row(rs, List.of()), pageArgs.toArray())
                .stream().map(this::dto).toList();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public ValuationReport valuation(long companyId, LocalDate at, Long warehouseId) {
        LocalDate day = at == null ? LocalDate.now() : at;
        String currency = catalog.currency(companyId);
        List<Object> args = new ArrayList<>(List.of(companyId, day));
        String where = " WHERE m.company_id = ? AND m.posted_on <= ?";
        if (warehouseId != null) {
            where += " AND m.warehouse_id = ?";
            args.add(warehouseId);
        }
        Map<Long, ProductDto> known = new HashMap<>();
        List<ValuationLine> lines = sql.list("SELECT m.product_id, m.warehouse_id, w.code, SUM(m.quantity), SUM(m.value_amount)"
                + " FROM inv_stock_move m JOIN inv_warehouse w ON w.id = m.warehouse_id" + where
                + " GROUP BY m.product_id, m.warehouse_id, w.code", rs -> {
                    ProductDto p = known.computeIfAbsent(rs.getLong(1), products::get);
                    return new ValuationLine(p.id(), p.code(), p.name(), rs.getLong(2), rs.getString(3),
                            Moves.plain(rs.getBigDecimal(4)), Moves.money(rs.getBigDecimal(5), currency));
                }, args.toArray()).stream()
                .filter(l -> l.quantity().signum() != 0 || l.value().signum() != 0)
                .sorted(Comparator.comparing(ValuationLine::productCode).thenComparing(ValuationLine::warehouseCode)).toList();
        Money total = lines.stream().map(ValuationLine::value).reduce(Money.zero(java.util.Currency.getInstance(currency)), Money::plus);
        return new ValuationReport(day, currency, lines, total);
    }

    private void publishReceived(MoveRow m, ProductDto product) {
        events.publish(InventoryTopics.GOODS_RECEIVED, m.companyId(), m.sourceRef(), InventoryJson.object(
                "moveId", m.id(), "companyId", m.companyId(), "number", null, "purchaseOrder", null, "supplierId", null,
                "warehouseId", m.warehouseId(), "currency", m.currency(),
                "lines", List.of(line(m, product)), "totalValue", m.value()));
    }

    private void publishIssued(MoveRow m, ProductDto product) {
        events.publish(InventoryTopics.GOODS_ISSUED, m.companyId(), m.sourceRef(), InventoryJson.object(
                "moveId", m.id(), "companyId", m.companyId(), "productId", m.productId(), "productCode", m.productCode(),
                "category", product.category(), "warehouseId", m.warehouseId(), "quantity", Moves.plain(m.quantity().negate()),
                "unitCost", m.unitCost(), "value", m.value().negate(), "currency", m.currency(),
                "sourceType", m.sourceType(), "sourceRef", m.sourceRef()));
    }

    private void publishAdjusted(MoveRow m, ProductDto product, String reason) {
        events.publish(InventoryTopics.STOCK_ADJUSTED, m.companyId(), m.sourceRef(), adjustedPayload(m, product, reason));
    }

    /** The payload of {@link InventoryTopics#STOCK_ADJUSTED}, for adjustments, reversals and stocktake variances. */
    static String adjustedPayload(MoveRow m, ProductDto product, String reason) {
        return InventoryJson.object("moveId", m.id(), "companyId", m.companyId(), "productId", m.productId(),
                "productCode", m.productCode(), "category", product.category(), "warehouseId", m.warehouseId(),
                "moveType", m.type().name(), "quantity", Moves.plain(m.quantity()), "value", m.value(),
                "variance", m.variance(), "currency", m.currency(), "reason", reason, "reversesMoveId", m.reversesMoveId());
    }

    static Map<String, Object> line(MoveRow m, ProductDto product) {
        Map<String, Object> line = new java.util.LinkedHashMap<>();
        line.put("moveId", m.id());
        line.put("productId", m.productId());
        line.put("productCode", m.productCode());
        line.put("category", product.category());
        line.put("quantity", Moves.plain(m.quantity()));
        line.put("unitCost", m.unitCost());
        line.put("value", m.value());
        return line;
    }

    private StockMoveDto dto(MoveRow m) {
        return postings.dto(m);
    }

    private static MoveRow.Origin origin(GoodsInput in) {
        return MoveRow.Origin.of(in.sourceType(), in.sourceRef(), in.note()).withLot(in.locationCode(), in.lotNumber());
    }

    private static GoodsInput require(GoodsInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return input;
    }
}
