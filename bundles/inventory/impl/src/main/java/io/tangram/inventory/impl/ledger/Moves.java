package io.tangram.inventory.impl.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;

import io.tangram.inventory.api.MoveType;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.impl.costing.LayerTake;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.money.Money;

/** Reads stock moves from {@code inv_stock_move} rows and turns them into api records. */
public final class Moves {

    private Moves() {
    }

    public static MoveRow row(ResultSet rs, List<LayerTake> takes) throws SQLException {
        return new MoveRow(rs.getLong("id"), rs.getLong("company_id"), MoveType.valueOf(rs.getString("move_type")),
                rs.getLong("product_id"), rs.getString("product_code"), rs.getLong("warehouse_id"),
                rs.getString("location_code"), rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_cost"),
                rs.getBigDecimal("value_amount"), rs.getBigDecimal("variance_amount"), rs.getString("currency").strip(),
                rs.getString("lot_number"), rs.getString("source_type"), rs.getString("source_ref"),
                Sql.nullableLong(rs, "reverses_move_id"), Sql.nullableLong(rs, "counterpart_move_id"),
                Sql.nullableLong(rs, "receipt_id"), Sql.nullableLong(rs, "purchase_order_line_id"),
                Sql.nullableLong(rs, "layer_ref"), rs.getString("note"), Sql.date(rs, "posted_on"),
                Sql.instant(rs, "posted_at"), rs.getString("posted_by"), takes);
    }

    public static StockMoveDto dto(MoveRow m, String warehouseCode, Long reversedBy) {
        return new StockMoveDto(m.id(), m.companyId(), m.type(), m.productId(), m.productCode(), m.warehouseId(),
                warehouseCode, m.locationCode(), plain(m.quantity()), m.unitCost(), money(m.value(), m.currency()),
                m.lotNumber(), m.sourceType(), m.sourceRef(), m.reversesMoveId(), reversedBy, m.note(), m.postedAt(),
                m.postedBy());
    }

    /** {@code amount} in {@code currency}, at the currency's scale. */
    public static Money money(BigDecimal amount, String currency) {
        Currency c = Currency.getInstance(currency);
        return Money.of(amount.setScale(Money.scaleOf(c)), c);
    }

    /** A quantity without trailing zeros but never in exponent notation ({@code 10}, not {@code 1E+1}). */
    public static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
