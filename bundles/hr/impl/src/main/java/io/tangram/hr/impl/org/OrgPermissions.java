package io.tangram.hr.impl.org;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of the organisation: departments, positions and cost centres. */
@Component(service = PermissionProvider.class)
public class OrgPermissions implements PermissionProvider {

    public static final String ORG_READ = "hr.org.read";
    public static final String ORG_MANAGE = "hr.org.manage";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(ORG_READ, "View departments, positions and cost centres", "查看部门、岗位和成本中心"),
                Permission.of(ORG_MANAGE, "Create, change and deactivate departments, positions and cost centres",
                        "新建、修改和停用部门、岗位和成本中心"));
    }
}
