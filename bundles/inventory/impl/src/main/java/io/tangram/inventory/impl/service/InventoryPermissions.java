package io.tangram.inventory.impl.service;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions inventory checks. */
@Component(service = PermissionProvider.class)
public class InventoryPermissions implements PermissionProvider {

    public static final String WAREHOUSE_READ = "inventory.warehouse.read";
    public static final String WAREHOUSE_WRITE = "inventory.warehouse.write";
    public static final String STOCK_READ = "inventory.stock.read";
    public static final String STOCK_MOVE = "inventory.stock.move";
    public static final String STOCK_ADJUST = "inventory.stock.adjust";
    public static final String RESERVATION_WRITE = "inventory.reservation.write";
    public static final String VALUATION_READ = "inventory.valuation.read";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(WAREHOUSE_READ, "View warehouses and locations", "查看仓库和库位"),
                Permission.of(WAREHOUSE_WRITE, "Create, change and deactivate warehouses", "新建、修改和停用仓库"),
                Permission.of(STOCK_READ, "View stock levels and movements", "查看库存数量和出入库记录"),
                Permission.of(STOCK_MOVE, "Receive, issue and transfer stock", "入库、出库和调拨"),
                Permission.of(STOCK_ADJUST, "Adjust stock and reverse stock moves", "库存调整和冲销出入库记录"),
                Permission.of(RESERVATION_WRITE, "Reserve, release and issue reserved stock", "预留、释放和发出预留库存"),
                Permission.of(VALUATION_READ, "View stock values and costs", "查看库存金额和成本"));
    }
}
