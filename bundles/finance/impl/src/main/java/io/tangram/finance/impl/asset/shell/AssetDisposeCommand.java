package io.tangram.finance.impl.asset.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.asset.AssetDisposalInput;
import io.tangram.finance.api.asset.AssetDto;
import io.tangram.finance.api.asset.FixedAssets;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:asset-dispose [--proceeds P --account 1002] [--reason T] ID DATE}: disposes of an asset. */
@Service
@Command(scope = "finance", name = "asset-dispose", description = "Dispose of a fixed asset and post the disposal"
        + " (固定资产处置)")
public class AssetDisposeCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "Asset id, as finance:assets shows it")
    long id;

    @Argument(index = 1, name = "date", required = true, description = "Disposal date, e.g. 2026-11-20")
    String date;

    @Option(name = "--proceeds", description = "What it was sold for (default 0)")
    String proceeds;

    @Option(name = "--account", description = "Account receiving the proceeds, e.g. 1002 or 1122")
    String account;

    @Option(name = "--reason", description = "Why: sold, scrapped, lost…")
    String reason;

    @Reference
    FixedAssets assets;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        AssetConsole console = new AssetConsole(session);
        AssetDto disposed = console.call(() -> assets.dispose(id, new AssetDisposalInput(ConsoleInput.date("date", date),
                ConsoleInput.amount("proceeds", proceeds), account, reason)));
        if (disposed != null) {
            console.out().printf("Asset %s disposed on %s: net book value %s, proceeds %s, voucher #%d%n", disposed.code(),
                    disposed.disposalDate(), disposed.netBookValue(), disposed.disposalProceeds(),
                    disposed.disposalVoucherId());
        }
        return null;
    }
}
