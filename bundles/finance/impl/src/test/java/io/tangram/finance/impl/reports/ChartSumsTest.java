package io.tangram.finance.impl.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.NormalBalance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartSumsTest {

    private static final ChartNode TAXES = new ChartNode(1, "2221", "应交税费", null, 1, AccountType.LIABILITY, NormalBalance.CREDIT);
    private static final ChartNode VAT = new ChartNode(2, "222101", "应交增值税", 1L, 2, AccountType.LIABILITY, NormalBalance.CREDIT);
    private static final ChartNode INPUT = new ChartNode(3, "22210101", "进项税额", 2L, 3, AccountType.LIABILITY, NormalBalance.CREDIT);
    private static final ChartNode OUTPUT = new ChartNode(4, "22210103", "销项税额", 2L, 3, AccountType.LIABILITY, NormalBalance.CREDIT);
    private static final ChartNode CASH = new ChartNode(5, "1001", "库存现金", null, 1, AccountType.ASSET, NormalBalance.DEBIT);

    private static Sums sums(String debit, String credit) {
        return new Sums(new BigDecimal(debit), new BigDecimal(credit));
    }

    @Test
    void aParentCarriesTheTotalsOfAllItsSubAccounts() {
        ChartSums chart = new ChartSums(List.of(TAXES, VAT, INPUT, OUTPUT, CASH),
                Map.of(3L, sums("130.00", "0"), 4L, sums("0", "260.00"), 5L, sums("1000.00", "200.00")));
        assertEquals(sums("130.00", "260.00"), chart.of(2));
        assertEquals(sums("130.00", "260.00"), chart.of(1));
        assertEquals(new BigDecimal("-130.00"), chart.of(1).net());
        assertEquals(sums("1000.00", "200.00"), chart.of(5));
        assertEquals(List.of(TAXES, CASH), chart.topLevel());
    }

    @Test
    void aRedInkReversalCancelsOnTheSameSide() {
        ChartSums chart = new ChartSums(List.of(CASH), Map.of(5L, sums("500.00", "0").plus(sums("-500.00", "0"))));
        assertEquals(0, chart.of(5).net().signum());
        assertEquals(Sums.ZERO, new ChartSums(List.of(CASH), Map.of()).of(5));
    }
}
