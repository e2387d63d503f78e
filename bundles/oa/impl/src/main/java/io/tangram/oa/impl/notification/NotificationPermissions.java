package io.tangram.oa.impl.notification;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permission of the notification inbox: every user reads only their own. */
@Component(service = PermissionProvider.class)
public class NotificationPermissions implements PermissionProvider {

    public static final String NOTIFICATION_READ = "oa.notification.read";

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(NOTIFICATION_READ, "Read and mark read one's own notifications",
                "查看并标记已读自己的通知"));
    }
}
