package io.tangram.finance.impl.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CashFlowMappingTest {
    private final CashFlowMapping mapping = CashFlowMapping.load();

    private static CashFlowMapping.Line cash(String code, String debit, String credit) {
        return new CashFlowMapping.Line(code, true, new BigDecimal(debit), new BigDecimal(credit));
    }

    private static CashFlowMapping.Line other(String code, String debit, String credit) {
        return new CashFlowMapping.Line(code, false, new BigDecimal(debit), new BigDecimal(credit));
    }

    private static BigDecimal a(String value) {
        return new BigDecimal(value).setScale(2);
    }

    @Test
    void theLongestPrefixWins() {
        assertEquals(CashFlowItem.SALES_RECEIPTS, mapping.target("22210103", true).item());
        assertEquals(CashFlowItem.PURCHASE_PAYMENTS, mapping.target("22210101", false).item());
        assertEquals(CashFlowItem.TAX_PAYMENTS, mapping.target("222102", false).item());
        assertEquals(CashFlowItem.TAX_PAYMENTS, mapping.target("2221", false).item());
        assertEquals(CashFlowItem.INTEREST_PAID, mapping.target("560301", false).item());
        assertEquals(CashFlowItem.OTHER_OPERATING_PAYMENTS, mapping.target("5602", false).item());
        assertEquals(CashFlowItem.OTHER_OPERATING_RECEIPTS, mapping.target("1221", true).item());
    }

    @Test
    void aBlankSideReducesTheOtherSidesItem() {
        CashFlowMapping.Target refund = mapping.target("1122", false);
        assertEquals(CashFlowItem.SALES_RECEIPTS, refund.item());
        assertTrue(refund.reduces());
        Map<CashFlowItem, BigDecimal> flows = mapping.classify(List.of(other("1122", "200", "0"),
                cash("1002", "0", "200")), false);
        assertEquals(Map.of(CashFlowItem.SALES_RECEIPTS, a("-200")), flows);
    }

    @Test
    void severalCounterpartsShareTheCashByTheirAmounts() {
        Map<CashFlowItem, BigDecimal> flows = mapping.classify(List.of(cash("1002", "100", "0"), other("5603", "0.01", "0"),
                other("1122", "0", "33.33"), other("1221", "0", "33.34"), other("2203", "0", "33.34")), false);
        // 100.00 over 1122 33.33, 1221 33.34, 2203 33.34 (the bank fee on 5603 is no source of the receipt)
        assertEquals(a("66.67"), flows.get(CashFlowItem.SALES_RECEIPTS));
        assertEquals(a("33.33"), flows.get(CashFlowItem.OTHER_OPERATING_RECEIPTS));
        assertEquals(a("100"), flows.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void transfersBetweenCashAccountsAreNoCashFlow() {
        assertTrue(mapping.classify(List.of(cash("1001", "500", "0"), cash("1002", "0", "500")), false).isEmpty());
    }

    @Test
    void aReversalTakesBackWhatTheOriginalShowed() {
        List<CashFlowMapping.Line> loan = List.of(cash("1002", "1000", "0"), other("2001", "0", "1000"));
        List<CashFlowMapping.Line> reversal = List.of(cash("1002", "-1000", "0"), other("2001", "0", "-1000"));
        assertEquals(Map.of(CashFlowItem.BORROWINGS_RECEIVED, a("1000")), mapping.classify(loan, false));
        assertEquals(Map.of(CashFlowItem.BORROWINGS_RECEIVED, a("-1000")), mapping.classify(reversal, true));
    }

    @Test
    void malformedRulesAreRefusedNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CashFlowMapping.parse(
                new StringReader("# rules\n1122,operating.salesReceipts,\n2202,operating.purchasePayments,\n"), "t.csv"));
        assertTrue(e.getMessage().startsWith("t.csv line 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CashFlowMapping.parse(new StringReader("1122,,\n"), "t.csv"));
        assertThrows(IllegalArgumentException.class, () -> CashFlowMapping.parse(new StringReader("1122,nothing,\n"), "t"));
    }
}
