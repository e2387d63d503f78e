package io.tangram.masterdata.impl.service;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The permissions master data checks. */
@Component(service = PermissionProvider.class)
public class MasterDataPermissions implements PermissionProvider {

    public static final String PARTY_READ = "masterdata.party.read";
    public static final String PARTY_WRITE = "masterdata.party.write";
    public static final String PRODUCT_READ = "masterdata.product.read";
    public static final String PRODUCT_WRITE = "masterdata.product.write";
    public static final String COMPANY_READ = "masterdata.company.read";
    public static final String COMPANY_WRITE = "masterdata.company.write";
    public static final String REFERENCE_READ = "masterdata.reference.read";
    public static final String REFERENCE_WRITE = "masterdata.reference.write";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(PARTY_READ, "View customers and suppliers", "查看客户和供应商"),
                Permission.of(PARTY_WRITE, "Create, change, deactivate and import customers and suppliers",
                        "新建、修改、停用和导入客户与供应商"),
                Permission.of(PRODUCT_READ, "View products", "查看产品"),
                Permission.of(PRODUCT_WRITE, "Create, change, deactivate and import products", "新建、修改、停用和导入产品"),
                Permission.of(COMPANY_READ, "View companies", "查看公司"),
                Permission.of(COMPANY_WRITE, "Create, change and deactivate companies", "新建、修改和停用公司"),
                Permission.of(REFERENCE_READ, "View units of measure, currencies and tax rates", "查看计量单位、币种和税率"),
                Permission.of(REFERENCE_WRITE, "Maintain units of measure, currencies and tax rates", "维护计量单位、币种和税率"));
    }
}
