package io.tangram.inventory.impl.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.tangram.inventory.api.GoodsInput;
import io.tangram.inventory.api.StockMoveDto;

@Service
@Command(scope = "inventory", name = "issue", description = "Issues goods at their cost (出库)")
public class IssueCommand extends GoodsCommand {

    @Override
    StockMoveDto post(GoodsInput input) {
        return ledger.issue(company, input);
    }
}
