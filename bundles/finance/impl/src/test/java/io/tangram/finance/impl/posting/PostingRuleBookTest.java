package io.tangram.finance.impl.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.posting.PostingEventKind;
import io.tangram.finance.api.posting.PostingRuleDto;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.inventory.api.InventoryTopics;

class PostingRuleBookTest {
    private static final PostingRuleBook RULES = new PostingRuleBook(List.of(
            rule(1, PostingEventKind.GOODS_RECEIVED, null, null, "1405", "2209"),
            rule(2, PostingEventKind.GOODS_RECEIVED, "RAW", null, "1403", "2209"),
            rule(3, PostingEventKind.GOODS_RECEIVED, "RAW", "0.09", "1403.09", "2209"),
            rule(4, PostingEventKind.GOODS_RECEIVED, null, "0.03", "1405.03", "2209"),
            rule(5, PostingEventKind.GOODS_ISSUED, null, null, "5401", "1405"),
            rule(6, PostingEventKind.STOCK_LOSS, null, null, "1901", "1405")));

    private static PostingRuleDto rule(long id, PostingEventKind kind, String category, String rate, String debit,
                                       String credit) {
        return new PostingRuleDto(id, 1, kind, category, rate == null ? null : new BigDecimal(rate), debit, credit);
    }

    @Test
    void theMostSpecificRuleWins() {
        assertEquals(3, RULES.find(PostingEventKind.GOODS_RECEIVED, "raw", new BigDecimal("0.090")).orElseThrow().id());
        assertEquals(2, RULES.find(PostingEventKind.GOODS_RECEIVED, "RAW", new BigDecimal("0.13")).orElseThrow().id());
        assertEquals(4, RULES.find(PostingEventKind.GOODS_RECEIVED, "GOODS", new BigDecimal("0.03")).orElseThrow().id());
        assertEquals(1, RULES.find(PostingEventKind.GOODS_RECEIVED, null, null).orElseThrow().id());
        assertEquals(true, RULES.find(PostingEventKind.STOCK_GAIN, null, null).isEmpty());
    }

    @Test
    void aReceiptPostsItsLinesByRuleAndTheSupplierOnTheClearingLine() {
        EventPosting posting = InventoryEvents.read(InventoryTopics.GOODS_RECEIVED, """
                {"number":"GR-2026-000007","purchaseOrder":"PO-2026-000003","supplierId":42,"lines":[
                 {"category":"RAW","taxRate":0.09,"value":100.50},
                 {"category":"RAW","taxRate":0.13,"value":20},
                 {"category":"GOODS","taxRate":0.13,"value":30.25},
                 {"category":"GOODS","taxRate":0.13,"value":0}],"totalValue":150.75}""").orElseThrow();
        assertEquals("GR", posting.sourceType());
        assertEquals("GR-2026-000007", posting.sourceRef());
        assertEquals(3, posting.amounts().size());
        List<VoucherLineInput> lines = RULES.lines(posting);
        assertEquals(List.of(
                line("1403.09", "100.50", "0", null), line("1403", "20", "0", null), line("1405", "30.25", "0", null),
                line("2209", "0", "150.75", 42L)), lines);
    }

    @Test
    void reversalsPostOnTheOppositeSides() {
        EventPosting receiptReversed = InventoryEvents.read(InventoryTopics.STOCK_ADJUSTED, """
                {"moveId":9,"productCode":"P1","category":null,"moveType":"RECEIPT","quantity":-2,"value":-11.00,
                 "reversesMoveId":5,"reason":"wrong supplier"}""").orElseThrow();
        assertEquals("move-9", receiptReversed.sourceRef());
        assertEquals(List.of(line("2209", "11.00", "0", null), line("1405", "0", "11.00", null)), RULES.lines(receiptReversed));
        EventPosting issueReversed = InventoryEvents.read(InventoryTopics.STOCK_ADJUSTED, """
                {"moveId":10,"productCode":"P1","moveType":"ISSUE","quantity":1,"value":5.50,"reversesMoveId":6}""")
                .orElseThrow();
        assertEquals(List.of(line("1405", "5.50", "0", null), line("5401", "0", "5.50", null)), RULES.lines(issueReversed));
        EventPosting loss = InventoryEvents.read(InventoryTopics.STOCK_ADJUSTED, """
                {"moveId":11,"productCode":"P1","moveType":"STOCKTAKE","quantity":-3,"value":-16.5}""").orElseThrow();
        assertEquals(List.of(line("1901", "16.5", "0", null), line("1405", "0", "16.5", null)), RULES.lines(loss));
    }

    @Test
    void transfersPostNothingAndAMissingRuleIsAClearConflict() {
        assertEquals(true, InventoryEvents.read(InventoryTopics.STOCK_TRANSFERRED,
                "{\"outMoveId\":3,\"inMoveId\":4,\"value\":50}").orElseThrow().postsNothing());
        assertEquals(true, InventoryEvents.read(InventoryTopics.LOW_STOCK, "{}").isEmpty());
        EventPosting gain = InventoryEvents.read(InventoryTopics.STOCK_ADJUSTED, """
                {"moveId":12,"productCode":"P1","category":"RAW","moveType":"ADJUSTMENT","quantity":1,"value":4}""")
                .orElseThrow();
        ConflictException missing = assertThrows(ConflictException.class, () -> RULES.lines(gain));
        assertEquals("No posting rule for STOCK_GAIN (category RAW, tax rate -): add one under posting rules or load"
                + " the chart's defaults", missing.text().toString());
    }

    private static VoucherLineInput line(String account, String debit, String credit, Long party) {
        return new VoucherLineInput(account, new BigDecimal(debit), new BigDecimal(credit), null, null, null, null, party);
    }
}
