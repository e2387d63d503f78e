package io.tangram.finance.impl.asset.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.asset.AssetDto;
import io.tangram.finance.api.asset.AssetInput;
import io.tangram.finance.api.asset.FixedAssets;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code finance:asset-add [--credit 1002] [--residual R] [--life M] [--cost-centre C] [--opening-accumulated A
 * --opening-through YYYY-MM] CODE NAME CATEGORY DATE COST}: registers a fixed asset.
 */
@Service
@Command(scope = "finance", name = "asset-add", description = "Register a fixed asset; with --credit the purchase is"
        + " posted (登记固定资产)")
public class AssetAddCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Asset number, unique, e.g. FA-2026-001")
    String code;

    @Argument(index = 1, name = "name", required = true, description = "What it is")
    String name;

    @Argument(index = 2, name = "category", required = true, description = "Asset category code, e.g. 04 电子设备")
    String category;

    @Argument(index = 3, name = "date", required = true, description = "Acquisition date, e.g. 2026-11-05")
    String date;

    @Argument(index = 4, name = "cost", required = true, description = "Cost (原值), e.g. 12000.00")
    String cost;

    @Option(name = "--credit", description = "Post the purchase: Dr 1601 / Cr this account (1002 bank, 2202 payables)")
    String credit;

    @Option(name = "--residual", description = "Residual value (default: cost × the category's residual rate)")
    String residual;

    @Option(name = "--life", description = "Useful life in months (default: the category's)")
    Integer life;

    @Option(name = "--cost-centre", description = "Cost centre or department its depreciation is charged to")
    String costCentre;

    @Option(name = "--opening-accumulated", description = "Opening balance only: depreciation accumulated before")
    String openingAccumulated;

    @Option(name = "--opening-through", description = "Opening balance only: last month that depreciation covers, e.g. 2025-12")
    String openingThrough;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    FixedAssets assets;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        AssetConsole console = new AssetConsole(session);
        AssetDto added = console.call(() -> assets.register(new AssetInput(company, code, name, category,
                ConsoleInput.date("date", date), ConsoleInput.amount("cost", cost),
                ConsoleInput.amount("residualValue", residual), life, costCentre, credit,
                ConsoleInput.amount("openingAccumulatedDepreciation", openingAccumulated), openingThrough)));
        if (added != null) {
            console.out().printf("Asset %s registered (#%d): cost %s, residual %s, %d months, %s a month from %s%s%n",
                    added.code(), added.id(), added.cost(), added.residualValue(), added.usefulLifeMonths(),
                    added.monthlyDepreciation(), added.firstDepreciationPeriod(),
                    added.acquisitionVoucherId() == null ? " (opening balance, no voucher)"
                            : "; acquisition voucher #" + added.acquisitionVoucherId());
        }
        return null;
    }
}
