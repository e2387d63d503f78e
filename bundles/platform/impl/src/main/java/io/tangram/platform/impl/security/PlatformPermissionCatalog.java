package io.tangram.platform.impl.security;

import static io.tangram.platform.api.security.PlatformPermissions.AUDIT_READ;
import static io.tangram.platform.api.security.PlatformPermissions.EVENT_READ;
import static io.tangram.platform.api.security.PlatformPermissions.EVENT_RETRY;
import static io.tangram.platform.api.security.PlatformPermissions.MODULE_READ;
import static io.tangram.platform.api.security.PlatformPermissions.ROLE_READ;
import static io.tangram.platform.api.security.PlatformPermissions.ROLE_WRITE;
import static io.tangram.platform.api.security.PlatformPermissions.USER_READ;
import static io.tangram.platform.api.security.PlatformPermissions.USER_WRITE;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Declares the platform's own permissions, with descriptions for administrators. */
@Component(service = PermissionProvider.class)
public final class PlatformPermissionCatalog implements PermissionProvider {

    private static final List<Permission> PERMISSIONS = List.of(
            Permission.of(MODULE_READ, "See the installed modules", "查看已安装的模块"),
            Permission.of(EVENT_READ, "See event delivery: subscribers and parked events", "查看事件投递：订阅者和搁置的事件"),
            Permission.of(EVENT_RETRY, "Retry parked events", "重试搁置的事件"),
            Permission.of(AUDIT_READ, "Read the audit trail", "查看审计日志"),
            Permission.of(USER_READ, "See users and their roles", "查看用户及其角色"),
            Permission.of(USER_WRITE, "Create users, reset passwords, enable or disable users, assign roles",
                    "创建用户、重置密码、启用或停用用户、分配角色"),
            Permission.of(ROLE_READ, "See roles and the permissions modules declare", "查看角色及各模块声明的权限"),
            Permission.of(ROLE_WRITE, "Create and change roles", "创建和修改角色"));

    @Override
    public List<Permission> permissions() {
        return PERMISSIONS;
    }
}
