package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.inventory.api.InventoryTopics;
import io.tangram.inventory.api.MoveType;
import io.tangram.inventory.api.ReservationDto;
import io.tangram.inventory.api.ReservationInput;
import io.tangram.inventory.api.ReservationStatus;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.api.StockReservations;
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
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.tx.Transactions;

@Component(service = StockReservations.class)
public class ReservationService implements StockReservations {
    static final Text RESERVATION = Text.of("Reservation", "预留");

    private final Sql sql;
    private final Transactions tx;
    private final Posting posting;
    private final Catalog catalog;
    private final ProductService products;
    private final AuditLog audit;
    private final EventPublisher events;
    private final LowStockWatch lowStock;

    @Activate
    public ReservationService(@Reference(target = "(tangram.module=inventory)") SchemaReady schema,
                              @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                              @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                              @Reference ProductService products, @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        StockPostings postings = new StockPostings(sql, tx, products, companies);
        this.posting = postings.posting();
        this.catalog = postings.catalog();
        this.products = products;
        this.audit = audit;
        this.events = events;
        this.lowStock = new LowStockWatch(sql, events);
    }

    @Override
    public ReservationDto reserve(long companyId, ReservationInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return tx.required(() -> {
            Validation v = new Validation();
            ProductDto product = catalog.stockedProduct(companyId, input.productId(), "productId", v);
            WarehouseDto warehouse = catalog.activeWarehouse(companyId, input.warehouseId(), "warehouseId", v);
            Catalog.positiveQuantity(input.quantity(), "quantity", v);
            v.required("documentType", WarehouseServiceImpl.blankToNull(input.documentType()))
                    .maxLength("documentType", input.documentType(), 16)
                    .required("documentRef", WarehouseServiceImpl.blankToNull(input.documentRef()))
                    .maxLength("documentRef", input.documentRef(), 64);
            v.throwIfInvalid();
            Balance balance = lock(companyId, product.id(), warehouse.id());
            if (balance.available().compareTo(input.quantity()) < 0) {
                throw StockPostings.insufficient(balance.available(), input.quantity(), product, warehouse);
            }
            balance.reserve(input.quantity());
            posting.save(balance);
            Instant now = Instant.now();
            long id = sql.insert("INSERT INTO inv_reservation (company_id, product_id, warehouse_id, quantity, issued,"
                    + " document_type, document_ref, status, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                    companyId, product.id(), warehouse.id(), input.quantity(), input.documentType().strip(),
                    input.documentRef().strip(), ReservationStatus.OPEN, now, now);
            lowStock.afterDecrease(companyId, product.id(), product.code(), warehouse.id(), input.quantity());
            ReservationDto reservation = get(id);
            audit.record("inventory", "reserve", "reservation", String.valueOf(id), InventoryJson.write(reservation));
            return reservation;
        });
    }

    @Override
    public ReservationDto release(long reservationId) {
        return tx.required(() -> {
            ReservationDto r = get(reservationId);
            if (r.status() != ReservationStatus.OPEN) {
                return r;
            }
            Balance balance = lock(r.companyId(), r.productId(), r.warehouseId());
            balance.unreserve(r.quantity());
            posting.save(balance);
            sql.update("UPDATE inv_reservation SET quantity = 0, status = ?, updated_at = ? WHERE id = ?",
                    ReservationStatus.RELEASED, Instant.now(), reservationId);
            audit.record("inventory", "release", "reservation", String.valueOf(reservationId),
                    InventoryJson.object("released", r.quantity()));
            return get(reservationId);
        });
    }

    @Override
    public StockMoveDto issue(long reservationId, BigDecimal quantity, String note) {
        return tx.required(() -> {
            ReservationDto r = get(reservationId);
            Validation v = new Validation();
            Catalog.positiveQuantity(quantity, "quantity", v);
            v.throwIfInvalid();
            if (r.status() != ReservationStatus.OPEN) {
                throw new ConflictException(Text.of("Reservation {0} is {1}; nothing is left to issue",
                        "预留 {0} 状态为 {1}，没有可发出的数量", reservationId, r.status()));
            }
            if (quantity.compareTo(r.quantity()) > 0) {
                throw new ConflictException(Text.of("Only {0} remain reserved on reservation {1}, {2} requested",
                        "预留 {1} 仅剩 {0}，需要 {2}", Moves.plain(r.quantity()).toPlainString(), reservationId,
                        Moves.plain(quantity).toPlainString()));
            }
            ProductDto product = products.get(r.productId());
            WarehouseDto warehouse = WarehouseRows.find(sql, r.warehouseId()).orElseThrow();
            String currency = catalog.currency(r.companyId());
            Balance balance = lock(r.companyId(), r.productId(), r.warehouseId());
            BigDecimal reservedBefore = balance.reserved();
            balance.unreserve(quantity);
            // projected stock falls by what leaves beyond the reservation it was promised from (normally nothing)
            BigDecimal projectedDecrease = quantity.subtract(reservedBefore.subtract(balance.reserved()));
            CostedMove cost = StockPostings.takeOut(balance, warehouse, product, quantity);
            MoveRow move = posting.insert(balance, MoveType.ISSUE, product.code(), -1, cost, null, currency,
                    MoveRow.Origin.of(r.documentType(), r.documentRef(), note));
            posting.save(balance);
            BigDecimal left = r.quantity().subtract(quantity);
            sql.update("UPDATE inv_reservation SET quantity = ?, issued = ?, status = ?, updated_at = ? WHERE id = ?",
                    left, r.issued().add(quantity), left.signum() == 0 ? ReservationStatus.ISSUED : ReservationStatus.OPEN,
                    Instant.now(), reservationId);
            events.publish(InventoryTopics.GOODS_ISSUED, r.companyId(), r.documentRef(), InventoryJson.object(
                    "moveId", move.id(), "companyId", r.companyId(), "productId", product.id(), "productCode", product.code(),
                    "category", product.category(), "warehouseId", warehouse.id(), "quantity", Moves.plain(quantity),
                    "unitCost", move.unitCost(), "value", move.value().negate(), "currency", currency,
                    "sourceType", r.documentType(), "sourceRef", r.documentRef()));
            lowStock.afterDecrease(r.companyId(), product.id(), product.code(), warehouse.id(), projectedDecrease);
            StockMoveDto dto = Moves.dto(move, warehouse.code(), null);
            audit.record("inventory", "issue", "stock-move", String.valueOf(move.id()), InventoryJson.write(dto));
            return dto;
        });
    }

    @Override
    public ReservationDto get(long reservationId) {
        return rows("WHERE r.id = ?", reservationId).stream().findFirst()
                .orElseThrow(() -> NotFoundException.of(RESERVATION, reservationId));
    }

    @Override
    public List<ReservationDto> forDocument(long companyId, String documentType, String documentRef) {
        return rows("WHERE r.company_id = ? AND r.document_type = ? AND r.document_ref = ?", companyId,
                documentType == null ? "" : documentType.strip(), documentRef == null ? "" : documentRef.strip());
    }

    @Override
    public BigDecimal available(long productId, long warehouseId) {
        return sql.one("SELECT quantity - reserved FROM inv_stock_balance WHERE product_id = ? AND warehouse_id = ?",
                rs -> rs.getBigDecimal(1), productId, warehouseId).map(a -> Moves.plain(a.max(BigDecimal.ZERO)))
                .orElse(BigDecimal.ZERO);
    }

    private Balance lock(long companyId, long productId, long warehouseId) {
        return posting.lock(companyId, productId, warehouseId, catalog.settings(productId).costingMethod(),
                Catalog.valueScale(catalog.currency(companyId)));
    }

    private List<ReservationDto> rows(String where, Object... args) {
        return sql.list("SELECT r.*, w.code AS warehouse_code FROM inv_reservation r JOIN inv_warehouse w ON w.id = r.warehouse_id "
                + where + " ORDER BY r.id", rs -> new ReservationDto(rs.getLong("id"), rs.getLong("company_id"),
                        rs.getLong("product_id"), products.get(rs.getLong("product_id")).code(), rs.getLong("warehouse_id"),
                        rs.getString("warehouse_code"), Moves.plain(rs.getBigDecimal("quantity")),
                        Moves.plain(rs.getBigDecimal("issued")), rs.getString("document_type"), rs.getString("document_ref"),
                        ReservationStatus.valueOf(rs.getString("status")), Sql.instant(rs, "created_at")), args);
    }
}
