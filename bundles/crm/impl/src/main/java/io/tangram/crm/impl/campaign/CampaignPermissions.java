package io.tangram.crm.impl.campaign;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of customer segments and marketing campaigns. */
@Component(service = PermissionProvider.class)
public class CampaignPermissions implements PermissionProvider {

    public static final String SEGMENT_READ = "crm.segment.read";
    public static final String SEGMENT_WRITE = "crm.segment.write";
    public static final String CAMPAIGN_READ = "crm.campaign.read";
    public static final String CAMPAIGN_WRITE = "crm.campaign.write";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(SEGMENT_READ, "View customer segments and their members", "查看客户分群及其成员"),
                Permission.of(SEGMENT_WRITE, "Define customer segments", "定义客户分群"),
                Permission.of(CAMPAIGN_READ, "View campaigns, their recipients and results", "查看营销活动、收件客户和效果"),
                Permission.of(CAMPAIGN_WRITE, "Plan and launch campaigns, record sends and responses",
                        "策划和发起营销活动、登记发送和回应"));
    }
}
