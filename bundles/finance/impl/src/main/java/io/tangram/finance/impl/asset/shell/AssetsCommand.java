package io.tangram.finance.impl.asset.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.finance.api.asset.AssetDto;
import io.tangram.finance.api.asset.AssetStatus;
import io.tangram.finance.api.asset.FixedAssets;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:assets [--status active|fully-depreciated|disposed]}: the fixed-asset register. */
@Service
@Command(scope = "finance", name = "assets", description = "List fixed assets with their net book value (固定资产清单)")
public class AssetsCommand implements Action {

    @Option(name = "--status", description = "Only assets in this status: active, fully-depreciated, disposed")
    String status;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    FixedAssets assets;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        AssetConsole console = new AssetConsole(session);
        List<AssetDto> list = console.call(() -> assets.list(company,
                ConsoleInput.choice("status", status, AssetStatus.class)));
        if (list == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Code");
        table.column("Name");
        table.column("Category");
        table.column("Acquired");
        table.column("Cost").alignRight();
        table.column("Accumulated").alignRight();
        table.column("Net book value").alignRight();
        table.column("Through");
        table.column("Status");
        for (AssetDto a : list) {
            table.addRow().addContent(a.id(), a.code(), a.name(), a.categoryCode(), a.acquisitionDate(),
                    AssetConsole.plain(a.cost()), AssetConsole.plain(a.accumulatedDepreciation()),
                    AssetConsole.plain(a.netBookValue()), a.depreciatedThrough() == null ? "" : a.depreciatedThrough(),
                    a.status());
        }
        table.print(console.out());
        return null;
    }
}
