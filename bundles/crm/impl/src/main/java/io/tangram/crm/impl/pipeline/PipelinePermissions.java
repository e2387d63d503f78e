package io.tangram.crm.impl.pipeline;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of opportunities, pipeline stages and the pipeline reports. */
@Component(service = PermissionProvider.class)
public class PipelinePermissions implements PermissionProvider {

    public static final String OPPORTUNITY_READ = "crm.opportunity.read";
    public static final String OPPORTUNITY_WRITE = "crm.opportunity.write";
    public static final String STAGE_ADMIN = "crm.stage.admin";
    public static final String REPORT_READ = "crm.report.read";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(OPPORTUNITY_READ, "View opportunities, their stage history and the pipeline stages",
                        "查看商机、阶段记录和销售阶段"),
                Permission.of(OPPORTUNITY_WRITE, "Enter opportunities, move them through the stages, win or lose them",
                        "录入商机、推进阶段、赢单或输单"),
                Permission.of(STAGE_ADMIN, "Set up the pipeline stages and their win probabilities",
                        "设置销售阶段及赢单概率"),
                Permission.of(REPORT_READ, "View the sales funnel and the weighted forecast", "查看销售漏斗和加权预测"));
    }
}
