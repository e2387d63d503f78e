package io.tangram.finance.impl.reports;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of finance reporting beyond reading reports ({@code finance.report.read}). */
@Component(service = PermissionProvider.class)
public class ReportPermissions implements PermissionProvider {

    /** Download reports as CSV files (in addition to reading them). */
    public static final String REPORT_EXPORT = "finance.report.export";
    /** Post the year-end closing voucher. */
    public static final String YEAR_CLOSE = "finance.year.close";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(REPORT_EXPORT, "Export ledgers and financial statements as CSV", "导出账簿和财务报表（CSV）"),
                Permission.of(YEAR_CLOSE, "Post the year-end closing of revenue and expenses to retained earnings",
                        "年末结转损益至利润分配"));
    }
}
