package io.tangram.inventory.impl.shell;

import java.math.BigDecimal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.tangram.inventory.api.GoodsInput;
import io.tangram.inventory.api.StockMoveDto;

@Service
@Command(scope = "inventory", name = "adjust", description = "Corrects stock by a signed quantity: + found, - lost (库存调整)")
public class AdjustCommand extends GoodsCommand {

    @Option(name = "--cost", description = "Unit cost of found goods (default: the current average cost)")
    BigDecimal cost;

    @Override
    BigDecimal unitCost() {
        return cost;
    }

    @Override
    StockMoveDto post(GoodsInput input) {
        return ledger.adjust(company, input);
    }
}
