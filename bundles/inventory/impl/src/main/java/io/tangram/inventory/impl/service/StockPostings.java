package io.tangram.inventory.impl.service;

import java.math.BigDecimal;

import io.tangram.inventory.api.MoveType;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.api.TrackingMode;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.inventory.impl.costing.CostedMove;
import io.tangram.inventory.impl.costing.InsufficientStockException;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.ledger.Balance;
import io.tangram.inventory.impl.ledger.MoveRow;
import io.tangram.inventory.impl.ledger.Moves;
import io.tangram.inventory.impl.ledger.Posting;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.tx.Transactions;

/**
 * Posts single stock moves at cost for every service of the module (ledger, reservations, purchase
 * receipts, stocktakes): locks the balance, costs the move, stores it and the new balance. The caller
 * owns the transaction, the event and the audit record.
 */
final class StockPostings {
    private final Sql sql;
    private final Posting posting;
    private final Catalog catalog;

    StockPostings(Sql sql, Transactions tx, ProductService products, CompanyService companies) {
        this.sql = sql;
        this.posting = new Posting(sql, tx);
        this.catalog = new Catalog(sql, products, companies);
    }

    Posting posting() {
        return posting;
    }

    Catalog catalog() {
        return catalog;
    }

    /** Brings {@code quantity} in at {@code unitCost}, or at the current average cost when it is {@code null}. */
    MoveRow postIn(long companyId, ProductDto product, WarehouseDto warehouse, Catalog.Settings settings, MoveType type,
                   BigDecimal quantity, BigDecimal unitCost, MoveRow.Origin origin) {
        String currency = catalog.currency(companyId);
        Balance balance = posting.lock(companyId, product.id(), warehouse.id(), settings.costingMethod(),
                Catalog.valueScale(currency));
        BigDecimal cost = unitCost != null ? unitCost : balance.valuation().averageUnitCost();
        long layerRef = posting.nextLayerRef(product.id(), warehouse.id());
        CostedMove costed = balance.valuation().receive(quantity, cost, layerRef);
        MoveRow move = posting.insert(balance, type, product.code(), +1, costed, layerRef, currency, origin);
        posting.save(balance);
        return move;
    }

    /** Takes {@code quantity} out at its cost, refusing to touch reserved stock or go negative (unless allowed). */
    MoveRow postOut(long companyId, ProductDto product, WarehouseDto warehouse, Catalog.Settings settings, MoveType type,
                    BigDecimal quantity, MoveRow.Origin origin) {
        String currency = catalog.currency(companyId);
        Balance balance = posting.lock(companyId, product.id(), warehouse.id(), settings.costingMethod(),
                Catalog.valueScale(currency));
        CostedMove costed = takeOut(balance, warehouse, product, quantity);
        MoveRow move = posting.insert(balance, type, product.code(), -1, costed, null, currency, origin);
        posting.save(balance);
        return move;
    }

    StockMoveDto dto(MoveRow m) {
        String warehouseCode = WarehouseRows.find(sql, m.warehouseId()).map(WarehouseDto::code).orElse(null);
        return Moves.dto(m, warehouseCode, posting.reversalOf(m.id()).orElse(null));
    }

    /** Takes goods out of a locked balance without touching reserved stock, unless the warehouse allows negative stock. */
    static CostedMove takeOut(Balance balance, WarehouseDto warehouse, ProductDto product, BigDecimal quantity) {
        if (!warehouse.allowNegativeStock() && balance.available().compareTo(quantity) < 0) {
            throw insufficient(balance.available(), quantity, product, warehouse);
        }
        try {
            return balance.valuation().issue(quantity, warehouse.allowNegativeStock());
        } catch (InsufficientStockException e) {
            throw insufficient(e.available(), quantity, product, warehouse);
        }
    }

    static ConflictException insufficient(BigDecimal available, BigDecimal requested, ProductDto product,
                                          WarehouseDto warehouse) {
        return new ConflictException(Text.of("Not enough stock: only {0} {1} of {2} available in warehouse {3}, {4} requested",
                "库存不足：仓库 {3} 中 {2} 仅有 {0} {1} 可用，需要 {4}", Moves.plain(available.max(BigDecimal.ZERO)).toPlainString(),
                product.unitCode(), product.code(), warehouse.code(), Moves.plain(requested).toPlainString()));
    }

    /** A tracked product needs a lot or serial number on every move. */
    static void trackedLot(Catalog.Settings settings, String lot, Validation v) {
        if (settings.tracking() != TrackingMode.NONE && (lot == null || lot.isBlank())) {
            v.add("lotNumber", Text.of("is required: the product is tracked by lot or serial number",
                    "必填：该产品按批次或序列号管理"));
        }
        v.maxLength("lotNumber", lot, 64);
    }
}
