package io.tangram.oa.impl.notice;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of notices (公告). */
@Component(service = PermissionProvider.class)
public class NoticePermissions implements PermissionProvider {

    public static final String NOTICE_READ = "oa.notice.read";
    public static final String NOTICE_PUBLISH = "oa.notice.publish";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(NOTICE_READ, "Read the notices published for oneself", "查看发布给自己的公告"),
                Permission.of(NOTICE_PUBLISH, "Write, publish and withdraw notices and see who has read them",
                        "编写、发布和撤回公告，查看阅读情况"));
    }
}
