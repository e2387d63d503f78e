package io.tangram.crm.impl;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of customers, teams and selling. */
@Component(service = PermissionProvider.class)
public class CrmPermissions implements PermissionProvider {

    public static final String CUSTOMER_READ = "crm.customer.read";
    public static final String CUSTOMER_WRITE = "crm.customer.write";
    /** See the customers, leads and documents of one's teams' members, not only one's own. */
    public static final String SCOPE_TEAM = "crm.scope.team";
    /** See every customer, lead and document of the company. */
    public static final String SCOPE_ALL = "crm.scope.all";
    public static final String TEAM_ADMIN = "crm.team.admin";
    public static final String PRICE_LIST_WRITE = "crm.pricelist.write";
    public static final String QUOTE_READ = "crm.quote.read";
    public static final String QUOTE_WRITE = "crm.quote.write";
    public static final String ORDER_READ = "crm.order.read";
    public static final String ORDER_WRITE = "crm.order.write";
    public static final String ORDER_CONFIRM = "crm.order.confirm";
    public static final String ORDER_SHIP = "crm.order.ship";
    public static final String ORDER_CANCEL = "crm.order.cancel";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(CUSTOMER_READ, "View customers and their contacts", "查看客户及联系人"),
                Permission.of(CUSTOMER_WRITE, "Create and change customers and contacts, hand customers to another rep",
                        "新建和修改客户及联系人、转交客户"),
                Permission.of(SCOPE_TEAM, "See the customers, leads and documents of one's teams", "查看本团队的客户、线索和单据"),
                Permission.of(SCOPE_ALL, "See every customer, lead and document of the company", "查看公司全部客户、线索和单据"),
                Permission.of(TEAM_ADMIN, "Set up sales and service teams", "设置销售和服务团队"),
                Permission.of(PRICE_LIST_WRITE, "Maintain price lists", "维护价格表"),
                Permission.of(QUOTE_READ, "View quotes", "查看报价单"),
                Permission.of(QUOTE_WRITE, "Enter, send and convert quotes", "录入、发送和转换报价单"),
                Permission.of(ORDER_READ, "View sales orders and shipments", "查看销售订单和发货单"),
                Permission.of(ORDER_WRITE, "Enter and change draft sales orders", "录入和修改销售订单草稿"),
                Permission.of(ORDER_CONFIRM, "Confirm sales orders (credit check, stock reservation)", "确认销售订单（信用检查、库存预留）"),
                Permission.of(ORDER_SHIP, "Ship sales orders", "销售订单发货"),
                Permission.of(ORDER_CANCEL, "Cancel sales orders", "取消销售订单"));
    }
}
