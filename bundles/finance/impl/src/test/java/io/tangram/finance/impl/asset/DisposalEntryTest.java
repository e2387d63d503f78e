package io.tangram.finance.impl.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherLineInput;

class DisposalEntryTest {
    private static final DisposalEntry.Accounts ACCOUNTS = new DisposalEntry.Accounts("1601", "1602", "1606", "1002");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static String show(List<VoucherLineInput> lines) {
        StringBuilder s = new StringBuilder();
        for (VoucherLineInput l : lines) {
            s.append(l.accountCode()).append(l.debit().signum() != 0 ? " Dr " + l.debit() : " Cr " + l.credit()).append('\n');
        }
        return s.toString();
    }

    private static BigDecimal sum(List<VoucherLineInput> lines, String account, boolean debit) {
        return lines.stream().filter(l -> l.accountCode().equals(account)).map(debit ? VoucherLineInput::debit
                : VoucherLineInput::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aSaleAboveNetBookValueIsAGain() {
        DisposalEntry e = DisposalEntry.of(d("10000.00"), d("6000.00"), d("5000.00"), ACCOUNTS, "car", null);
        assertEquals(d("4000.00"), e.netBookValue());
        assertEquals(d("1000.00"), e.gain());
        assertEquals("""
                1602 Dr 6000.00
                1606 Dr 4000.00
                1601 Cr 10000.00
                1002 Dr 5000.00
                1606 Cr 5000.00
                1606 Dr 1000.00
                5301 Cr 1000.00
                """, show(e.lines()));
        assertEquals(sum(e.lines(), "1606", true), sum(e.lines(), "1606", false));
    }

    @Test
    void aSaleBelowNetBookValueIsALoss() {
        DisposalEntry e = DisposalEntry.of(d("10000.00"), d("6000.00"), d("1500.00"), ACCOUNTS, "car", "ADM");
        assertEquals(d("-2500.00"), e.gain());
        assertEquals("""
                1602 Dr 6000.00
                1606 Dr 4000.00
                1601 Cr 10000.00
                1002 Dr 1500.00
                1606 Cr 1500.00
                5711 Dr 2500.00
                1606 Cr 2500.00
                """, show(e.lines()));
        assertEquals(sum(e.lines(), "1606", true), sum(e.lines(), "1606", false));
    }

    @Test
    void scrappingWithoutProceedsOrDepreciationLeavesOutZeroLines() {
        DisposalEntry e = DisposalEntry.of(d("800.00"), d("0.00"), d("0.00"), ACCOUNTS, "desk", null);
        assertEquals("""
                1606 Dr 800.00
                1601 Cr 800.00
                5711 Dr 800.00
                1606 Cr 800.00
                """, show(e.lines()));
    }

    @Test
    void proceedsEqualToNetBookValueHaveNoGainOrLoss() {
        DisposalEntry e = DisposalEntry.of(d("800.00"), d("300.00"), d("500.00"), ACCOUNTS, "desk", null);
        assertEquals(0, e.gain().signum());
        assertEquals(5, e.lines().size());
    }
}
