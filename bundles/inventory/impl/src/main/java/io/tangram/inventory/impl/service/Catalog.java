package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.util.Currency;

import io.tangram.inventory.api.CostingMethod;
import io.tangram.inventory.api.TrackingMode;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.platform.api.sql.Sql;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ProductType;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;

/**
 * Looks up what a posting needs and checks it can be used: the product (master data, stocked,
 * active), the warehouse (active, of the company), the product's costing method and the company's
 * currency.
 */
final class Catalog {
    static final Text PRODUCT = Text.of("Product", "产品");
    static final Text WAREHOUSE = Text.of("Warehouse", "仓库");

    private final Sql sql;
    private final ProductService products;
    private final CompanyService companies;

    Catalog(Sql sql, ProductService products, CompanyService companies) {
        this.sql = sql;
        this.products = products;
        this.companies = companies;
    }

    /** Stock settings that matter while posting. */
    record Settings(CostingMethod costingMethod, TrackingMode tracking) {
        static final Settings DEFAULT = new Settings(CostingMethod.MOVING_AVERAGE, TrackingMode.NONE);
    }

    /** The product for a posting; adds an error to {@code v} under {@code field} when it cannot be used. */
    ProductDto stockedProduct(long companyId, Long productId, String field, Validation v) {
        if (productId == null) {
            v.add(field, Text.of("is required", "必填"));
            return null;
        }
        ProductDto product;
        try {
            product = products.get(productId);
        } catch (NotFoundException e) {
            v.add(field, Text.of("there is no product {0}", "不存在产品 {0}", String.valueOf(productId)));
            return null;
        }
        if (product.companyId() != companyId) {
            v.add(field, Text.of("product {0} belongs to another company", "产品 {0} 属于其他公司", product.code()));
        } else if (product.type() != ProductType.STOCKED) {
            v.add(field, Text.of("{0} is a service and is not kept in stock", "{0} 是服务类产品，不管理库存", product.code()));
        } else if (!product.active()) {
            v.add(field, Text.of("product {0} is deactivated", "产品 {0} 已停用", product.code()));
        }
        return product;
    }

    /** The warehouse for a posting; adds an error to {@code v} under {@code field} when it cannot be used. */
    WarehouseDto activeWarehouse(long companyId, Long warehouseId, String field, Validation v) {
        if (warehouseId == null) {
            v.add(field, Text.of("is required", "必填"));
            return null;
        }
        WarehouseDto w = WarehouseRows.find(sql, warehouseId).orElse(null);
        if (w == null || w.companyId() != companyId) {
            v.add(field, Text.of("there is no warehouse {0}", "不存在仓库 {0}", String.valueOf(warehouseId)));
            return null;
        }
        if (!w.active()) {
            v.add(field, Text.of("warehouse {0} is deactivated", "仓库 {0} 已停用", w.code()));
        }
        return w;
    }

    Settings settings(long productId) {
        return sql.one("SELECT costing_method, tracking FROM inv_stock_settings WHERE product_id = ?",
                rs -> new Settings(CostingMethod.valueOf(rs.getString(1)), TrackingMode.valueOf(rs.getString(2))),
                productId).orElse(Settings.DEFAULT);
    }

    String currency(long companyId) {
        return companies.get(companyId).currency().strip();
    }

    static int valueScale(String currency) {
        return Money.scaleOf(Currency.getInstance(currency));
    }

    /** Quantity rules shared by every posting: present, positive, at most 4 decimals. */
    static void positiveQuantity(BigDecimal quantity, String field, Validation v) {
        if (quantity == null) {
            v.add(field, Text.of("is required", "必填"));
        } else if (quantity.signum() <= 0) {
            v.add(field, Text.of("must be more than 0", "必须大于 0"));
        } else if (quantity.stripTrailingZeros().scale() > 4) {
            v.add(field, Text.of("may have at most 4 decimals", "最多 4 位小数"));
        }
    }
}
