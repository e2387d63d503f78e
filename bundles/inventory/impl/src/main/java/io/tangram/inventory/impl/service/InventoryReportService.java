package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.inventory.api.InventoryReports;
import io.tangram.inventory.api.MoveType;
import io.tangram.inventory.api.OpenPurchaseSummary;
import io.tangram.inventory.api.PurchaseSuggestion;
import io.tangram.inventory.api.SlowMoverLine;
import io.tangram.inventory.api.SlowMoverReport;
import io.tangram.inventory.api.TurnoverLine;
import io.tangram.inventory.api.TurnoverReport;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.ledger.Moves;
import io.tangram.inventory.impl.reports.TurnoverFigures;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.schema.SchemaReady;

/** Inventory reports from the stock ledger and the purchase orders; reads only. */
@Component(service = InventoryReports.class)
public class InventoryReportService implements InventoryReports {

    /** An issue that was not reversed. */
    private static final String KEPT_ISSUE = "m.move_type = '" + MoveType.ISSUE.name() + "' AND m.quantity < 0"
            + " AND NOT EXISTS (SELECT 1 FROM inv_stock_move r WHERE r.reverses_move_id = m.id)";

    private final Sql sql;
    private final Catalog catalog;
    private final ReorderSuggestions suggestions;
    private final ProductService products;

    @Activate
    public InventoryReportService(@Reference(target = "(tangram.module=inventory)") SchemaReady schema,
                                  @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                  @Reference ProductService products, @Reference CompanyService companies,
                                  @Reference PartyService parties) {
        this.sql = new Sql(dataSource);
        this.catalog = new Catalog(sql, products, companies);
        this.suggestions = new ReorderSuggestions(sql, products, parties);
        this.products = products;
    }

    @Override
    public TurnoverReport turnover(long companyId, LocalDate from, LocalDate to, Long warehouseId) {
        period(companyId, from, to, warehouseId);
        String currency = catalog.currency(companyId);
        int scale = Catalog.valueScale(currency);
        Map<Long, BigDecimal> opening = valueBy(companyId, from.minusDays(1), warehouseId);
        Map<Long, BigDecimal> closing = valueBy(companyId, to, warehouseId);
        List<Object> args = new ArrayList<>(List.of(companyId, from, to));
        String where = " WHERE m.company_id = ? AND m.move_type = '" + MoveType.ISSUE.name()
                + "' AND m.posted_on >= ? AND m.posted_on <= ?";
        if (warehouseId != null) {
            where += " AND m.warehouse_id = ?";
            args.add(warehouseId);
        }
        // issues and their reversals (also ISSUE moves, coming back in) net out: a reversal is negative cost of goods
        Map<Long, BigDecimal> issued = new HashMap<>();
        sums("SELECT m.product_id, SUM(m.value_amount) FROM inv_stock_move m" + where + " GROUP BY m.product_id",
                args.toArray()).forEach((id, value) -> issued.put(id, value.negate()));
        Set<Long> ids = new HashSet<>();
        opening.forEach((id, v) -> addIfNonZero(ids, id, v));
        closing.forEach((id, v) -> addIfNonZero(ids, id, v));
        issued.forEach((id, v) -> addIfNonZero(ids, id, v));
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        List<TurnoverLine> lines = new ArrayList<>();
        for (long id : ids) {
            ProductDto p = products.get(id);
            lines.add(line(p.id(), p.code(), p.name(), new TurnoverFigures(issued.getOrDefault(id, zero),
                    opening.getOrDefault(id, zero), closing.getOrDefault(id, zero), days, scale), currency));
        }
        lines.sort(Comparator.comparing(TurnoverLine::productCode));
        TurnoverFigures all = new TurnoverFigures(sum(issued, zero), sum(opening, zero), sum(closing, zero), days, scale);
        return new TurnoverReport(from, to, warehouseId, currency, lines, line(0, null, null, all, currency));
    }

    private static void addIfNonZero(Set<Long> ids, long id, BigDecimal value) {
        if (value.signum() != 0) {
            ids.add(id);
        }
    }

    private static BigDecimal sum(Map<Long, BigDecimal> values, BigDecimal zero) {
        return values.values().stream().reduce(zero, BigDecimal::add);
    }

    private static TurnoverLine line(long productId, String code, String name, TurnoverFigures f, String currency) {
        return new TurnoverLine(productId, code, name, Moves.money(f.costOfGoodsIssued(), currency),
                Moves.money(f.openingValue(), currency), Moves.money(f.closingValue(), currency),
                Moves.money(f.averageValue(), currency), f.turnover(), f.daysOfInventory());
    }

    /** Stock value per product at the end of {@code day}. */
    private Map<Long, BigDecimal> valueBy(long companyId, LocalDate day, Long warehouseId) {
        List<Object> args = new ArrayList<>(List.of(companyId, day));
        String where = " WHERE company_id = ? AND posted_on <= ?";
        if (warehouseId != null) {
            where += " AND warehouse_id = ?";
            args.add(warehouseId);
        }
        return sums("SELECT product_id, SUM(value_amount) FROM inv_stock_move" + where + " GROUP BY product_id",
                args.toArray());
    }

    /** Product id → amount of a query selecting both. */
    private Map<Long, BigDecimal> sums(String query, Object... args) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        for (Object[] row : sql.list(query, rs -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)}, args)) {
            sums.put((Long) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }

    /** Product and warehouse of a row. */
    private record Place(long productId, long warehouseId) {
    }

    @Override
    public SlowMoverReport slowMovers(long companyId, LocalDate from, LocalDate to, Long warehouseId) {
        period(companyId, from, to, warehouseId);
        String currency = catalog.currency(companyId);
        String inWarehouse = warehouseId == null ? "" : " AND m.warehouse_id = ?";
        Set<Place> issued = new HashSet<>(sql.list("SELECT DISTINCT m.product_id, m.warehouse_id FROM inv_stock_move m"
                + " WHERE m.company_id = ? AND " + KEPT_ISSUE + " AND m.posted_on >= ? AND m.posted_on <= ?" + inWarehouse,
                rs -> new Place(rs.getLong(1), rs.getLong(2)), args(companyId, warehouseId, from, to)));
        Map<Place, LocalDate> lastIssue = new HashMap<>();
        for (Object[] row : sql.list("SELECT m.product_id, m.warehouse_id, MAX(m.posted_on) FROM inv_stock_move m"
                + " WHERE m.company_id = ? AND " + KEPT_ISSUE + " AND m.posted_on <= ?" + inWarehouse
                + " GROUP BY m.product_id, m.warehouse_id",
                rs -> new Object[] {new Place(rs.getLong(1), rs.getLong(2)), rs.getDate(3).toLocalDate()},
                args(companyId, warehouseId, to))) {
            lastIssue.put((Place) row[0], (LocalDate) row[1]);
        }
        Map<Long, ProductDto> known = new HashMap<>();
        List<SlowMoverLine> lines = new ArrayList<>();
        for (Object[] row : sql.list("SELECT m.product_id, m.warehouse_id, w.code, SUM(m.quantity), SUM(m.value_amount)"
                + " FROM inv_stock_move m JOIN inv_warehouse w ON w.id = m.warehouse_id"
                + " WHERE m.company_id = ? AND m.posted_on <= ?" + inWarehouse + " GROUP BY m.product_id, m.warehouse_id, w.code",
                rs -> new Object[] {new Place(rs.getLong(1), rs.getLong(2)), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)}, args(companyId, warehouseId, to))) {
            Place place = (Place) row[0];
            BigDecimal onHand = (BigDecimal) row[2];
            if (onHand.signum() > 0 && !issued.contains(place)) {
                ProductDto p = known.computeIfAbsent(place.productId(), products::get);
                lines.add(new SlowMoverLine(p.id(), p.code(), p.name(), place.warehouseId(), (String) row[1],
                        Moves.plain(onHand), Moves.money((BigDecimal) row[3], currency), lastIssue.get(place)));
            }
        }
        lines.sort(Comparator.comparing(SlowMoverLine::value).reversed().thenComparing(SlowMoverLine::productCode)
                .thenComparing(SlowMoverLine::warehouseCode));
        Money total = lines.stream().map(SlowMoverLine::value).reduce(Money.zero(Currency.getInstance(currency)), Money::plus);
        return new SlowMoverReport(from, to, warehouseId, currency, lines, total);
    }

    /** Company, then the days, then the warehouse if given: the order of the placeholders of the queries above. */
    private static Object[] args(long companyId, Long warehouseId, LocalDate... days) {
        List<Object> args = new ArrayList<>();
        args.add(companyId);
        args.addAll(List.of(days));
        if (warehouseId != null) {
            args.add(warehouseId);
        }
        return args.toArray();
    }

    @Override
    public List<PurchaseSuggestion> belowReorderPoint(long companyId, Long warehouseId) {
        if (warehouseId != null) {
            Validation v = new Validation();
            warehouse(companyId, warehouseId, v);
            v.throwIfInvalid();
        }
        return suggestions.list(companyId, warehouseId);
    }

    /** Open purchase value of one supplier in one currency. */
    private record Open(long supplierId, String currency, int orders, BigDecimal value, LocalDate oldestExpected) {
    }

    @Override
    public List<OpenPurchaseSummary> openPurchases(long companyId) {
        List<Open> rows = sql.list("SELECT o.supplier_id, o.currency, COUNT(DISTINCT o.id),"
                + " SUM((l.quantity - l.received_qty) * l.unit_price), MIN(COALESCE(l.expected_date, o.expected_date))"
                + " FROM inv_purchase_order o JOIN inv_purchase_order_line l ON l.purchase_order_id = o.id"
                + " WHERE o.company_id = ? AND o.status IN " + StockPositions.OPEN_ORDER_STATUSES
                + " AND l.quantity > l.received_qty GROUP BY o.supplier_id, o.currency",
                rs -> new Open(rs.getLong(1), rs.getString(2).strip(), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()), companyId);
        List<OpenPurchaseSummary> out = new ArrayList<>();
        for (Open o : rows) {
            PartyDto supplier = suggestions.party(o.supplierId()).orElse(null);
            out.add(new OpenPurchaseSummary(o.supplierId(), supplier == null ? null : supplier.code(),
                    supplier == null ? null : supplier.name(), o.orders(),
                    Money.rounded(o.value(), Currency.getInstance(o.currency()), RoundingMode.HALF_UP), o.oldestExpected()));
        }
        out.sort(Comparator.comparing((OpenPurchaseSummary s) -> s.supplierCode() == null ? "" : s.supplierCode())
                .thenComparing(s -> s.openValue().currency().getCurrencyCode()));
        return out;
    }

    /** Checks the period and the warehouse filter of a report, naming the bad parameter. */
    private void period(long companyId, LocalDate from, LocalDate to, Long warehouseId) {
        Validation v = new Validation();
        v.required("from", from).required("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            v.add("from", Text.of("must not be after to ({0})", "不能晚于结束日期（{0}）", to.toString()));
        }
        if (warehouseId != null) {
            warehouse(companyId, warehouseId, v);
        }
        v.throwIfInvalid();
    }

    private void warehouse(long companyId, long warehouseId, Validation v) {
        WarehouseDto w = WarehouseRows.find(sql, warehouseId).orElse(null);
        if (w == null || w.companyId() != companyId) {
            v.add("warehouseId", Text.of("there is no warehouse {0}", "不存在仓库 {0}", String.valueOf(warehouseId)));
        }
    }
}
