package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.inventory.api.CostingMethod;
import io.tangram.inventory.api.StockSettingsDto;
import io.tangram.inventory.api.StockSettingsInput;
import io.tangram.inventory.api.StockSettingsService;
import io.tangram.inventory.api.TrackingMode;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.ledger.Moves;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ProductType;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.tx.Transactions;

/**
 * Stock settings per product in {@code inv_stock_settings}. A product without a row has the
 * defaults (moving average, no levels, no tracking). The costing method and the tracking mode are
 * fixed once the product has stock moves: changing them would re-value or re-label history.
 */
@Component(service = StockSettingsService.class)
public class StockSettingsServiceImpl implements StockSettingsService {

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final ProductService products;
    private final PartyService parties;

    @Activate
    public StockSettingsServiceImpl(@Reference(target = "(tangram.module=inventory)") SchemaReady schema,
                                    @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                    @Reference Transactions tx, @Reference AuditLog audit,
                                    @Reference ProductService products, @Reference PartyService parties) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.products = products;
        this.parties = parties;
    }

    @Override
    public StockSettingsDto get(long productId) {
        ProductDto product = products.get(productId);
        return stored(product).orElseGet(() -> defaults(product));
    }

    @Override
    public StockSettingsDto save(long productId, StockSettingsInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return tx.required(() -> {
            ProductDto product = products.get(productId);
            if (product.type() != ProductType.STOCKED) {
                throw ValidationException.of("productId", Text.of("{0} is a service and is not kept in stock",
                        "{0} 是服务类产品，不管理库存", product.code()));
            }
            boolean exists = sql.update("UPDATE inv_stock_settings SET updated_at = ? WHERE product_id = ?",
                    Instant.now(), productId) > 0;
            StockSettingsDto current = exists ? stored(product).orElseThrow() : defaults(product);
            StockSettingsDto next = merge(current, input);
            Validation v = new Validation();
            level("reorderPoint", next.reorderPoint(), v);
            level("minimumQuantity", next.minimumQuantity(), v);
            level("maximumQuantity", next.maximumQuantity(), v);
            level("safetyStock", next.safetyStock(), v);
            if (next.maximumQuantity() != null && next.reorderPoint() != null
                    && next.maximumQuantity().compareTo(next.reorderPoint()) < 0) {
                v.add("maximumQuantity", Text.of("must be at least the reorder point {0}", "不能小于补货点 {0}",
                        next.reorderPoint().stripTrailingZeros().toPlainString()));
            }
            if (next.maximumQuantity() != null && next.minimumQuantity() != null
                    && next.minimumQuantity().compareTo(next.maximumQuantity()) > 0) {
                v.add("minimumQuantity", Text.of("must not be more than the maximum quantity {0}", "不能大于最高库存 {0}",
                        next.maximumQuantity().stripTrailingZeros().toPlainString()));
            }
            if (input.defaultWarehouseId() != null) {
                warehouse(product.companyId(), input.defaultWarehouseId(), v);
            }
            if (input.preferredSupplierId() != null) {
                Suppliers.active(parties, product.companyId(), input.preferredSupplierId(), "preferredSupplierId", v);
            }
            v.throwIfInvalid();
            if ((next.costingMethod() != current.costingMethod() || next.tracking() != current.tracking())
                    && hasMoves(productId)) {
                throw new ConflictException(next.costingMethod() != current.costingMethod()
                        ? Text.of("The costing method of {0} cannot change from {1} to {2}: the product already has stock"
                                + " movements valued with the current method",
                                "{0} 的计价方法不能从 {1} 改为 {2}：该产品已有按当前方法计价的出入库记录",
                                product.code(), current.costingMethod().name(), next.costingMethod().name())
                        : Text.of("The tracking of {0} cannot change from {1} to {2}: the product already has stock"
                                + " movements recorded without it",
                                "{0} 的批次/序列号管理不能从 {1} 改为 {2}：该产品已有出入库记录",
                                product.code(), current.tracking().name(), next.tracking().name()));
            }
            Object[] values = {next.costingMethod(), Sql.orNull(next.reorderPoint()), Sql.orNull(next.minimumQuantity()),
                    Sql.orNull(next.maximumQuantity()), Sql.orNull(next.safetyStock()), next.tracking(),
                    Sql.orNull(next.defaultWarehouseId()), Sql.orNull(next.preferredSupplierId()), Instant.now(), productId};
            if (exists) {
                sql.update("UPDATE inv_stock_settings SET costing_method = ?, reorder_point = ?, minimum_qty = ?,"
                        + " maximum_qty = ?, safety_stock = ?, tracking = ?, default_warehouse_id = ?,"
                        + " preferred_supplier_id = ?, updated_at = ? WHERE product_id = ?", values);
            } else {
                try {
                    sql.update("INSERT INTO inv_stock_settings (costing_method, reorder_point, minimum_qty, maximum_qty,"
                            + " safety_stock, tracking, default_warehouse_id, preferred_supplier_id, updated_at, product_id,"
                            + " company_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", append(values, product.companyId()));
                } catch (Sql.DuplicateKeyException e) {
                    throw e.asConflict(Text.of("The stock settings of {0} were changed by someone else meanwhile; reload"
                            + " and try again", "{0} 的库存设置刚被他人修改，请刷新后重试", product.code()));
                }
            }
            StockSettingsDto saved = stored(product).orElseThrow();
            audit.record("inventory", exists ? "update" : "create", "stock-settings", String.valueOf(productId),
                    InventoryJson.write(saved));
            return saved;
        });
    }

    private Optional<StockSettingsDto> stored(ProductDto product) {
        return sql.one("SELECT costing_method, reorder_point, minimum_qty, maximum_qty, safety_stock, tracking,"
                + " default_warehouse_id, preferred_supplier_id FROM inv_stock_settings WHERE product_id = ?",
                rs -> new StockSettingsDto(product.id(), product.code(), CostingMethod.valueOf(rs.getString(1)),
                        plain(rs.getBigDecimal(2)), plain(rs.getBigDecimal(3)), plain(rs.getBigDecimal(4)),
                        plain(rs.getBigDecimal(5)), TrackingMode.valueOf(rs.getString(6)),
                        Sql.nullableLong(rs, "default_warehouse_id"), Sql.nullableLong(rs, "preferred_supplier_id")),
                product.id());
    }

    private static StockSettingsDto defaults(ProductDto product) {
        return new StockSettingsDto(product.id(), product.code(), CostingMethod.MOVING_AVERAGE, null, null, null, null,
                TrackingMode.NONE, null, null);
    }

    /** The current settings with every non-null field of the input applied. */
    private static StockSettingsDto merge(StockSettingsDto current, StockSettingsInput in) {
        return new StockSettingsDto(current.productId(), current.productCode(),
                in.costingMethod() != null ? in.costingMethod() : current.costingMethod(),
                in.reorderPoint() != null ? in.reorderPoint() : current.reorderPoint(),
                in.minimumQuantity() != null ? in.minimumQuantity() : current.minimumQuantity(),
                in.maximumQuantity() != null ? in.maximumQuantity() : current.maximumQuantity(),
                in.safetyStock() != null ? in.safetyStock() : current.safetyStock(),
                in.tracking() != null ? in.tracking() : current.tracking(),
                in.defaultWarehouseId() != null ? in.defaultWarehouseId() : current.defaultWarehouseId(),
                in.preferredSupplierId() != null ? in.preferredSupplierId() : current.preferredSupplierId());
    }

    private boolean hasMoves(long productId) {
        return sql.one("SELECT id FROM inv_stock_move WHERE product_id = ? FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getLong(1), productId).isPresent();
    }

    private void warehouse(long companyId, long warehouseId, Validation v) {
        WarehouseDto w = WarehouseRows.find(sql, warehouseId).orElse(null);
        if (w == null || w.companyId() != companyId) {
            v.add("defaultWarehouseId", Text.of("there is no warehouse {0}", "不存在仓库 {0}", String.valueOf(warehouseId)));
        } else if (!w.active()) {
            v.add("defaultWarehouseId", Text.of("warehouse {0} is deactivated", "仓库 {0} 已停用", w.code()));
        }
    }

    private static void level(String field, BigDecimal value, Validation v) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            v.add(field, Text.of("must not be negative", "不能为负数"));
        } else if (value.stripTrailingZeros().scale() > 4) {
            v.add(field, Text.of("may have at most 4 decimals", "最多 4 位小数"));
        }
    }

    private static BigDecimal plain(BigDecimal quantity) {
        return quantity == null ? null : Moves.plain(quantity);
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }
}
