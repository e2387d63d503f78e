package io.tangram.crm.impl.lead;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of leads and their assignment rules. */
@Component(service = PermissionProvider.class)
public class LeadPermissions implements PermissionProvider {

    public static final String LEAD_READ = "crm.lead.read";
    public static final String LEAD_WRITE = "crm.lead.write";
    public static final String LEAD_CONVERT = "crm.lead.convert";
    public static final String LEAD_RULE_ADMIN = "crm.leadrule.admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(LEAD_READ, "View leads and the lead assignment rules", "查看线索及线索分配规则"),
                Permission.of(LEAD_WRITE, "Enter, import, edit, qualify and hand over leads",
                        "录入、导入、修改、甄别和转交线索"),
                Permission.of(LEAD_CONVERT, "Convert leads into customers and opportunities (also needs crm.customer.write)",
                        "将线索转为客户和商机（还需要 crm.customer.write）"),
                Permission.of(LEAD_RULE_ADMIN, "Set up lead assignment rules and the default lead owner",
                        "设置线索分配规则和默认负责人"));
    }
}
