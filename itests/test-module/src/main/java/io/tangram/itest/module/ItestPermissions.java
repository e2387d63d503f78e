package io.tangram.itest.module;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The test module's one permission. */
@Component
public class ItestPermissions implements PermissionProvider {

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of("itest.received.read", "Read events the test module received",
                "查看测试模块收到的事件"));
    }
}
