package io.tangram.masterdata.impl.service;

import io.tangram.masterdata.api.AddressDto;
import io.tangram.masterdata.api.AddressType;
import io.tangram.masterdata.api.ContactDto;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.masterdata.api.ProductInput;
import io.tangram.masterdata.api.ProductType;
import java.math.BigDecimal;
import java.util.List;

/** Demo customers, suppliers and products of a small trading company in Shanghai. */
public final class DemoCatalog {

    private DemoCatalog() {
    }

    public static List<PartyInput> parties(long companyId) {
        return List.of(
                party(companyId, "C001", "上海华东电子有限公司", true, false, "91310115MA1H7A2B3C", 30, "CNY",
                        address("浦东新区张江路 88 号", "上海", "上海", "201203", "CN"), contact("王磊", "021-5080 1234", "wang.lei@huadong-demo.cn")),
                party(companyId, "C002", "北京京北贸易有限公司", true, false, "91110105MA00XK5L8J", 60, "CNY",
                        address("朝阳区建国路 18 号", "北京", "北京", "100022", "CN"), contact("李娜", "13800138000", "li.na@jingbei-demo.cn")),
                party(companyId, "C003", "Acme Trading (Hong Kong) Ltd.", true, false, null, 45, "HKD",
                        address("88 Queen's Road Central", "Hong Kong", null, null, "HK"), contact("Mary Chan", "+852 2123 4567", "mary.chan@acme-demo.hk")),
                party(companyId, "C004", "Pacific Components Inc.", true, false, null, 30, "USD",
                        address("500 Market Street", "San Francisco", "CA", "94105", "US"), contact("John Miller", "+1 415 555 0100", "john@pacific-demo.com")),
                party(companyId, "S001", "深圳南方科技有限公司", false, true, "91440300MA5F3CQ6XD", 30, "CNY",
                        address("南山区科技园南区 5 栋", "深圳", "广东", "518057", "CN"), contact("陈晓", "0755-2601 5678", "chen.xiao@nanfang-demo.cn")),
                party(companyId, "S002", "杭州西湖茶业有限公司", false, true, "91330106MA27Y4RT1J", 15, "CNY",
                        address("西湖区龙井路 1 号", "杭州", "浙江", "310013", "CN"), contact("赵敏", "0571-8796 0000", "zhao.min@xihu-tea-demo.cn")),
                party(companyId, "S003", "Northwind Maschinenbau GmbH", false, true, null, 60, "EUR",
                        address("Hafenstraße 12", "Hamburg", null, "20457", "DE"), contact("Klaus Weber", "+49 40 1234 5678", "k.weber@northwind-demo.de")),
                party(companyId, "P001", "广州珠江物流有限公司", true, true, "91440101MA59D2NE70", 30, "CNY",
                        address("天河区珠江新城花城大道 66 号", "广州", "广东", "510623", "CN"), contact("刘洋", "020-3888 6666", "liu.yang@zhujiang-demo.cn")));
    }

    public static List<ProductInput> products(long companyId) {
        return List.of(
                product(companyId, "E-1001", "USB-C 充电器 65W", "PCS", "Electronics", "6901234567892", "129.00", "68.50", "VAT13", ProductType.STOCKED),
                product(companyId, "E-1002", "Wireless Mouse 无线鼠标", "PCS", "Electronics", null, "89.00", "41.20", "VAT13", ProductType.STOCKED),
                product(companyId, "E-1003", "27 英寸显示器", "PCS", "Electronics", null, "1599.00", "1180.00", "VAT13", ProductType.STOCKED),
                product(companyId, "E-1004", "Network Cable Cat6", "M", "Electronics", null, "3.50", "1.20", "VAT13", ProductType.STOCKED),
                product(companyId, "T-2001", "西湖龙井 特级", "KG", "Tea", null, "1880.00", "1200.00", "VAT9", ProductType.STOCKED),
                product(companyId, "T-2002", "Jasmine Tea Gift Box 茉莉花茶礼盒", "BOX", "Tea", null, "268.00", "150.00", "VAT9", ProductType.STOCKED),
                product(companyId, "O-3001", "A4 复印纸 (500 张)", "BOX", "Office", null, "32.00", "21.00", "VAT13", ProductType.STOCKED),
                product(companyId, "O-3002", "Office Chair Ergonomic", "PCS", "Office", null, "899.00", "520.00", "VAT13", ProductType.STOCKED),
                product(companyId, "K-4001", "工具套装 42 件", "SET", "Tools", null, "259.00", "150.00", "VAT13", ProductType.STOCKED),
                product(companyId, "S-9001", "Installation Service 安装服务", "HR", "Services", null, "300.00", null, "VAT6", ProductType.SERVICE),
                product(companyId, "S-9002", "IT 咨询", "HR", "Services", null, "800.00", null, "VAT6", ProductType.SERVICE),
                product(companyId, "S-9003", "Freight 运输服务", "HR", "Services", null, "150.00", "110.00", "VAT9", ProductType.SERVICE));
    }

    private static PartyInput party(long companyId, String code, String name, boolean customer, boolean supplier,
                                    String taxId, int terms, String currency, AddressDto address, ContactDto contact) {
        return new PartyInput(companyId, code, name, customer, supplier, taxId, terms, currency, List.of(address),
                List.of(contact));
    }

    private static AddressDto address(String street, String city, String province, String postalCode, String country) {
        return new AddressDto(AddressType.BILLING, street, city, province, postalCode, country);
    }

    private static ContactDto contact(String name, String phone, String email) {
        return new ContactDto(name, phone, email);
    }

    private static ProductInput product(long companyId, String code, String name, String unit, String category,
                                        String barcode, String salesPrice, String purchasePrice, String taxRate,
                                        ProductType type) {
        return new ProductInput(companyId, code, name, unit, category, barcode, new BigDecimal(salesPrice), "CNY",
                purchasePrice == null ? null : new BigDecimal(purchasePrice), purchasePrice == null ? null : "CNY",
                taxRate, type);
    }
}
