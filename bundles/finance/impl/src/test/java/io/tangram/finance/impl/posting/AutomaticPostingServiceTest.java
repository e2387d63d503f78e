package io.tangram.finance.impl.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.posting.BacklogEvent;
import io.tangram.finance.api.posting.PostingEventKind;
import io.tangram.finance.api.posting.PostingOutcome;
import io.tangram.finance.api.posting.PostingRuleInput;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.inventory.api.InventoryTopics;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.DomainEvent;

/** Inventory events posted on the China chart (whose default rules the chart load added). */
class AutomaticPostingServiceTest {
    private static final Instant STARTED = Instant.parse("2026-11-10T00:00:00Z");

    private FinanceBooks books;
    private PostingRuleService rules;
    private AutomaticPostingService posting;
    private long nextEvent = 1;

    @BeforeEach
    void books() {
        books = new FinanceBooks();
        rules = new PostingRuleService(null, books.dataSource, books.tx, books.audit, books.companies);
        posting = new AutomaticPostingService(books.dataSource, books.tx, books.audit, books.vouchers, rules, null,
                ZoneOffset.UTC, STARTED);
    }

    private DomainEvent event(String topic, String at, String payload) {
        return new DomainEvent(nextEvent++, topic, FinanceBooks.COMPANY, null, payload, Instant.parse(at), "inventory");
    }

    private static String receipt(String number, String value) {
        return "{\"number\":\"" + number + "\",\"supplierId\":7,\"lines\":[{\"category\":\"GOODS\",\"taxRate\":0.13,\"value\":"
                + value + "}],\"totalValue\":" + value + "}";
    }

    private BigDecimal closing(String account) {
        return books.reports.trialBalance(FinanceBooks.COMPANY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .lines().stream().filter(l -> l.accountCode().equals(account)).findFirst()
                .map(l -> l.closingDebit().amount().subtract(l.closingCredit().amount())).orElse(BigDecimal.ZERO);
    }

    @Test
    void aReceiptAndAnIssuePostOnceOnTheDefaultRules() {
        assertEquals(4, rules.list(FinanceBooks.COMPANY).size());
        DomainEvent received = event(InventoryTopics.GOODS_RECEIVED, "2026-11-12T09:00:00Z", receipt("GR-2026-000001", "1000.00"));
        posting.handle(received);
        posting.handle(event(InventoryTopics.GOODS_ISSUED, "2026-11-13T09:00:00Z",
                "{\"moveId\":5,\"productCode\":\"P1\",\"category\":\"GOODS\",\"quantity\":4,\"value\":400.00,"
                        + "\"sourceType\":\"SO\",\"sourceRef\":\"SO-1\"}"));
        posting.handle(event(InventoryTopics.STOCK_TRANSFERRED, "2026-11-13T10:00:00Z", "{\"outMoveId\":6,\"value\":10}"));

        VoucherDto gr = books.vouchers.findBySource(FinanceBooks.COMPANY, "GR", "GR-2026-000001").orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 12), gr.date());
        assertEquals(7L, gr.lines().get(1).partyId());
        assertEquals(new BigDecimal("600.00"), closing("1405"));
        assertEquals(new BigDecimal("-1000.00"), closing("2209"));
        assertEquals(new BigDecimal("400.00"), closing("5401"));

        // the same receipt delivered again (e.g. published twice) finds its voucher and posts nothing
        posting.handle(new DomainEvent(nextEvent++, received.topic(), 1, null, received.payload(), received.occurredAt(), "x"));
        assertEquals(new BigDecimal("600.00"), closing("1405"));
        List<PostingOutcome> outcomes = posting.log(FinanceBooks.COMPANY, 10).stream().map(e -> e.outcome()).toList();
        assertEquals(List.of(PostingOutcome.ALREADY_POSTED, PostingOutcome.NOTHING_TO_POST, PostingOutcome.POSTED,
                PostingOutcome.POSTED), outcomes);
        assertEquals(gr.number(), posting.log(FinanceBooks.COMPANY, 10).get(3).voucherNumber());
    }

    @Test
    void eventsBeforePostingStartedWaitForTheAdminsChoice() {
        posting.handle(event(InventoryTopics.GOODS_RECEIVED, "2026-11-01T09:00:00Z", receipt("GR-OLD-1", "50.00")));
        posting.handle(event(InventoryTopics.GOODS_RECEIVED, "2026-11-02T09:00:00Z", receipt("GR-OLD-2", "70.00")));
        assertEquals(BigDecimal.ZERO, closing("1405"));
        assertEquals(2, posting.backlog(FinanceBooks.COMPANY, true).size());

        ValidationException unknown = assertThrows(ValidationException.class,
                () -> posting.postBacklog(FinanceBooks.COMPANY, List.of(99L)));
        assertEquals("eventIds[0]", unknown.errors().get(0).field());
        assertThrows(ValidationException.class, () -> posting.dismissBacklog(FinanceBooks.COMPANY, List.of(2L), " "));

        List<BacklogEvent> posted = posting.postBacklog(FinanceBooks.COMPANY, List.of(1L));
        assertEquals(PostingOutcome.POSTED, posted.get(0).status());
        assertTrue(posted.get(0).voucherNumber().startsWith("记-2026-11-"));
        List<BacklogEvent> dismissed = posting.dismissBacklog(FinanceBooks.COMPANY, List.of(), "counted in the opening balance");
        assertEquals(PostingOutcome.DISMISSED, dismissed.get(0).status());
        assertEquals(new BigDecimal("50.00"), closing("1405"));
        assertEquals(0, posting.backlog(FinanceBooks.COMPANY, true).size());
        assertEquals(2, posting.backlog(FinanceBooks.COMPANY, false).size());
        assertEquals(PostingOutcome.DISMISSED, posting.log(FinanceBooks.COMPANY, 10).get(0).outcome());
    }

    @Test
    void anEventInAClosedPeriodPostsOnTheFirstOpenDay() {
        books.periods.close(FinanceBooks.COMPANY, "2026-11");
        posting.handle(event(InventoryTopics.STOCK_ADJUSTED, "2026-11-20T09:00:00Z",
                "{\"moveId\":8,\"productCode\":\"P1\",\"moveType\":\"STOCKTAKE\",\"quantity\":-1,\"value\":-9.90}"));
        VoucherDto loss = books.vouchers.findBySource(FinanceBooks.COMPANY, "SA", "move-8").orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 1), loss.date());
        assertEquals(new BigDecimal("9.90"), closing("1901"));
        assertTrue(posting.log(FinanceBooks.COMPANY, 1).get(0).note().contains("2026-11 is closed"));
    }

    @Test
    void aMissingRuleRollsBackTheEventForRetryAndCategoryRulesApply() {
        rules.delete(rules.list(FinanceBooks.COMPANY).stream().filter(r -> r.kind() == PostingEventKind.STOCK_GAIN)
                .findFirst().orElseThrow().id());
        DomainEvent gain = event(InventoryTopics.STOCK_ADJUSTED, "2026-11-20T09:00:00Z",
                "{\"moveId\":9,\"productCode\":\"P1\",\"category\":\"RAW\",\"moveType\":\"ADJUSTMENT\",\"quantity\":1,\"value\":3}");
        assertThrows(ConflictException.class, () -> posting.handle(gain));
        ValidationException badAccount = assertThrows(ValidationException.class, () -> rules.save(new PostingRuleInput(null,
                PostingEventKind.STOCK_GAIN, "RAW", null, "2221", "1901")));
        assertEquals("debitAccount", badAccount.errors().get(0).field());
        rules.save(new PostingRuleInput(null, PostingEventKind.STOCK_GAIN, "RAW", null, "1403", "1901"));
        posting.handle(gain);
        assertEquals(new BigDecimal("3.00"), closing("1403"));
        assertEquals(1, rules.loadDefaults(FinanceBooks.COMPANY, io.tangram.finance.api.ChartTemplate.CN_SMALL_BUSINESS));
    }
}
