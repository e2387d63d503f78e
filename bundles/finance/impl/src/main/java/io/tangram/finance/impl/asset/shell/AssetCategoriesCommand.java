package io.tangram.finance.impl.asset.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.finance.api.asset.AssetCategories;
import io.tangram.finance.api.asset.AssetCategoryDto;
import io.tangram.masterdata.api.CompanyService;

/** {@code finance:asset-categories [--load-defaults]}: lists the asset categories, loading the defaults first if asked. */
@Service
@Command(scope = "finance", name = "asset-categories", description = "List fixed-asset categories (资产类别);"
        + " --load-defaults adds the usual ones")
public class AssetCategoriesCommand implements Action {

    @Option(name = "--load-defaults", description = "First add the default categories the company lacks")
    boolean loadDefaults;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    AssetCategories categories;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        AssetConsole console = new AssetConsole(session);
        List<AssetCategoryDto> list = console.call(() -> {
            if (loadDefaults) {
                int created = categories.loadDefaults(company);
                console.out().printf("%d categories added / 新增 %d 个类别%n", created, created);
            }
            return categories.list(company);
        });
        if (list == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Months").alignRight();
        table.column("Residual").alignRight();
        table.column("Asset");
        table.column("Accumulated");
        table.column("Expense");
        table.column("Disposal");
        for (AssetCategoryDto c : list) {
            table.addRow().addContent(c.code(), c.name(), c.usefulLifeMonths(), c.residualRate().toPlainString(),
                    c.assetAccount(), c.accumulatedDepreciationAccount(), c.depreciationExpenseAccount(),
                    c.disposalAccount());
        }
        table.print(console.out());
        return null;
    }
}
