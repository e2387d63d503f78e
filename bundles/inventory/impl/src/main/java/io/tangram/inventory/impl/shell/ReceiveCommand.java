package io.tangram.inventory.impl.shell;

import java.math.BigDecimal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.tangram.inventory.api.GoodsInput;
import io.tangram.inventory.api.StockMoveDto;

@Service
@Command(scope = "inventory", name = "receive", description = "Receives goods outside a purchase order, e.g. opening stock (入库)")
public class ReceiveCommand extends GoodsCommand {

    @Option(name = "--cost", description = "Unit cost excluding VAT (default: the current average cost)")
    BigDecimal cost;

    @Override
    BigDecimal unitCost() {
        return cost;
    }

    @Override
    StockMoveDto post(GoodsInput input) {
        return ledger.receive(company, input);
    }
}
