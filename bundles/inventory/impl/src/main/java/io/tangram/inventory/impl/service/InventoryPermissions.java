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
    public static final String SETTINGS_WRITE = "inventory.settings.write";
    public static final String PURCHASE_READ = "inventory.purchase.read";
    public static final String PURCHASE_WRITE = "inventory.purchase.write";
    public static final String PURCHASE_APPROVE = "inventory.purchase.approve";
    public static final String PURCHASE_RECEIVE = "inventory.purchase.receive";
    public static final String STOCKTAKE_WRITE = "inventory.stocktake.write";
    public static final String STOCKTAKE_POST = "inventory.stocktake.post";
    public static final String REPLENISHMENT_WRITE = "inventory.replenishment.write";
    public static final String REPORT_READ = "inventory.report.read";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(WAREHOUSE_READ, "View warehouses and locations", "查看仓库和库位"),
                Permission.of(WAREHOUSE_WRITE, "Create, change and deactivate warehouses", "新建、修改和停用仓库"),
                Permission.of(STOCK_READ, "View stock levels and movements", "查看库存数量和出入库记录"),
                Permission.of(STOCK_MOVE, "Receive, issue and transfer stock", "入库、出库和调拨"),
                Permission.of(STOCK_ADJUST, "Adjust stock and reverse stock moves", "库存调整和冲销出入库记录"),
                Permission.of(RESERVATION_WRITE, "Reserve, release and issue reserved stock", "预留、释放和发出预留库存"),
                Permission.of(VALUATION_READ, "View stock values and costs", "查看库存金额和成本"),
                Permission.of(SETTINGS_WRITE, "Change stock settings of products (costing, reorder levels, tracking)",
                        "修改产品库存设置（计价方法、补货点、批次管理）"),
                Permission.of(PURCHASE_READ, "View purchase orders, receipts and requisitions", "查看采购订单、收货单和请购单"),
                Permission.of(PURCHASE_WRITE, "Create, change, submit, cancel and close purchase orders",
                        "新建、修改、提交、取消和关闭采购订单"),
                Permission.of(PURCHASE_APPROVE, "Approve or reject purchase orders", "审批或驳回采购订单"),
                Permission.of(PURCHASE_RECEIVE, "Receive goods against purchase orders", "按采购订单收货"),
                Permission.of(STOCKTAKE_WRITE, "Open stocktakes and enter counts", "创建盘点单并录入盘点数量"),
                Permission.of(STOCKTAKE_POST, "Post or cancel stocktakes", "过账或取消盘点单"),
                Permission.of(REPLENISHMENT_WRITE, "Report shortages and turn suggestions into purchase orders",
                        "登记缺货并将补货建议生成采购订单"),
                Permission.of(REPORT_READ, "View inventory reports (turnover, slow movers, open purchases)",
                        "查看库存报表（周转率、呆滞品、未完成采购）"));
    }
}
