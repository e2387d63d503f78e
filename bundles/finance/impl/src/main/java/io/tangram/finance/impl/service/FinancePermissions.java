package io.tangram.finance.impl.service;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions finance checks. */
@Component(service = PermissionProvider.class)
public class FinancePermissions implements PermissionProvider {

    public static final String ACCOUNT_READ = "finance.account.read";
    public static final String ACCOUNT_WRITE = "finance.account.write";
    public static final String VOUCHER_READ = "finance.voucher.read";
    public static final String VOUCHER_WRITE = "finance.voucher.write";
    public static final String VOUCHER_POST = "finance.voucher.post";
    public static final String VOUCHER_REVERSE = "finance.voucher.reverse";
    public static final String PERIOD_CLOSE = "finance.period.close";
    public static final String PERIOD_REOPEN = "finance.period.reopen";
    public static final String REPORT_READ = "finance.report.read";
    public static final String POSTING_ADMIN = "finance.posting.admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(ACCOUNT_READ, "View the chart of accounts", "查看会计科目"),
                Permission.of(ACCOUNT_WRITE, "Add, rename and deactivate accounts; load a chart template",
                        "新增、修改和停用会计科目；导入科目模板"),
                Permission.of(VOUCHER_READ, "View vouchers", "查看凭证"),
                Permission.of(VOUCHER_WRITE, "Enter and change draft vouchers", "录入和修改凭证草稿"),
                Permission.of(VOUCHER_POST, "Post vouchers", "凭证过账"),
                Permission.of(VOUCHER_REVERSE, "Reverse posted vouchers (red-ink)", "红字冲销已过账凭证"),
                Permission.of(PERIOD_CLOSE, "Close fiscal periods", "结账（关闭会计期间）"),
                Permission.of(PERIOD_REOPEN, "Reopen closed fiscal periods", "反结账（重新打开会计期间）"),
                Permission.of(REPORT_READ, "View ledgers and financial statements", "查看账簿和财务报表"),
                Permission.of(POSTING_ADMIN, "Set automatic-posting rules; post or dismiss the backlog of earlier events",
                        "设置自动过账规则；过账或忽略安装前的待处理事件"));
    }
}
