package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.tangram.inventory.api.PurchaseOrderStatus;
import io.tangram.inventory.api.PurchaseSuggestion;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.ledger.Moves;
import io.tangram.inventory.impl.replenishment.ReorderProposal;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ProductType;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.money.Money;

/**
 * Reorder-point suggestions of a company, read-only: used by replenishment and by the
 * below-reorder report. A product with a reorder point is looked at in every warehouse where it has a
 * stock balance and in the default warehouse of its stock settings (active warehouses only).
 */
final class ReorderSuggestions {

    /** A unit price as the last purchase order had it (or master data), unrounded, with its currency. */
    record Price(BigDecimal amount, String currency) {
        Money money() {
            return Money.rounded(amount, Currency.getInstance(currency), RoundingMode.HALF_UP);
        }
    }

    private final Sql sql;
    private final StockPositions positions;
    private final ProductService products;
    private final PartyService parties;

    ReorderSuggestions(Sql sql, ProductService products, PartyService parties) {
        this.sql = sql;
        this.positions = new StockPositions(sql);
        this.products = products;
        this.parties = parties;
    }

    StockPositions positions() {
        return positions;
    }

    /** Products at or below their reorder point, optionally in one warehouse, by product and warehouse code. */
    List<PurchaseSuggestion> list(long companyId, Long warehouseId) {
        Map<Long, Optional<WarehouseDto>> warehouses = new HashMap<>();
        Map<Long, Optional<PartyDto>> suppliers = new HashMap<>();
        List<PurchaseSuggestion> out = new ArrayList<>();
        for (StockPositions.Settings s : positions.withReorderPoint(companyId)) {
            ProductDto product = products.get(s.productId());
            if (product.type() != ProductType.STOCKED || !product.active()) {
                continue;
            }
            Set<Long> places = new LinkedHashSet<>(positions.warehousesWithBalance(product.id()));
            if (s.defaultWarehouseId() != null) {
                places.add(s.defaultWarehouseId());
            }
            for (long wid : places) {
                if (warehouseId != null && wid != warehouseId) {
                    continue;
                }
                WarehouseDto w = warehouses.computeIfAbsent(wid, id -> WarehouseRows.find(sql, id)).orElse(null);
                if (w == null || !w.active() || w.companyId() != companyId) {
                    continue;
                }
                StockPositions.Position p = positions.position(product.id(), wid);
                BigDecimal projected = p.projected();
                Optional<BigDecimal> proposed = ReorderProposal.quantity(s.levels(), projected);
                if (proposed.isEmpty()) {
                    continue;
                }
                Long supplierId = s.preferredSupplierId();
                PartyDto supplier = supplierId == null ? null : suppliers.computeIfAbsent(supplierId, this::party).orElse(null);
                out.add(new PurchaseSuggestion(product.id(), product.code(), product.name(), wid, w.code(),
                        Moves.plain(p.onHand()), Moves.plain(p.openPurchase()), Moves.plain(p.reserved()),
                        Moves.plain(projected), Moves.plain(s.levels().reorderPoint()), Moves.plain(proposed.get()),
                        supplierId, supplier == null ? null : supplier.code(),
                        lastPrice(product).map(Price::money).orElse(null)));
            }
        }
        out.sort(Comparator.comparing(PurchaseSuggestion::productCode).thenComparing(PurchaseSuggestion::warehouseCode));
        return out;
    }

    /** The party, or empty when master data no longer knows it. */
    Optional<PartyDto> party(long id) {
        try {
            return Optional.of(parties.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Unit price of the latest line of a purchase order that was not cancelled, else the master-data purchase price. */
    Optional<Price> lastPrice(ProductDto product) {
        Optional<Price> ordered = sql.one("SELECT l.unit_price, o.currency FROM inv_purchase_order_line l"
                + " JOIN inv_purchase_order o ON o.id = l.purchase_order_id WHERE l.product_id = ? AND o.status <> ?"
                + " ORDER BY o.order_date DESC, o.id DESC, l.id DESC FETCH FIRST 1 ROWS ONLY",
                rs -> new Price(rs.getBigDecimal(1), rs.getString(2).strip()), product.id(), PurchaseOrderStatus.CANCELLED);
        if (ordered.isPresent()) {
            return ordered;
        }
        return Optional.ofNullable(product.purchasePrice()).map(m -> new Price(m.amount(), m.currency().getCurrencyCode()));
    }
}
