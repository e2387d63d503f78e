package io.tangram.hr.impl.review;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/**
 * The permissions of performance reviews. Employees see and score their own reviews with
 * {@code hr.self.service}; managers see and score their direct reports' reviews without more.
 */
@Component(service = PermissionProvider.class)
public class ReviewPermissions implements PermissionProvider {

    public static final String REVIEW_READ = "hr.review.read";
    public static final String REVIEW_MANAGE = "hr.review.manage";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(REVIEW_READ, "View review cycles and everyone's performance reviews and ratings",
                        "查看绩效考核周期及所有员工的绩效考核和等级"),
                Permission.of(REVIEW_MANAGE,
                        "Create, open, calibrate and close review cycles; edit goals, score and calibrate any review",
                        "创建、启动、校准和关闭考核周期；编辑任何考核的目标、评分和校准结果"));
    }
}
