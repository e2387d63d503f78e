package io.tangram.crm.impl.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.sales.OrderStepDto;
import io.tangram.crm.api.sales.PriceListInput;
import io.tangram.crm.api.sales.PriceListLineInput;
import io.tangram.crm.api.sales.QuoteDto;
import io.tangram.crm.api.sales.QuoteInput;
import io.tangram.crm.api.sales.QuoteStatus;
import io.tangram.crm.api.sales.SalesLineInput;
import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.SalesOrderInput;
import io.tangram.crm.api.sales.SalesOrderStatus;
import io.tangram.crm.api.sales.SalesStep;
import io.tangram.crm.api.sales.ShipmentDto;
import io.tangram.crm.api.sales.ShipmentInput;
import io.tangram.crm.api.sales.ShipmentLineInput;
import io.tangram.crm.api.sales.StepOutcome;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.masterdata.api.ProductType;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/** Selling with neither inventory nor finance installed: every step they would take is recorded as skipped. */
class SalesOrderServiceTest {
    private SalesFixture f;
    private CustomerDto customer;

    @BeforeEach
    void setUp() {
        f = new SalesFixture();
        CallContext.bind(CrmDatabase.ADMIN);
        f.product(11, "TEA", "120.00", "VAT13", ProductType.STOCKED);
        f.product(12, "TASTING", "500.00", "VAT6", ProductType.SERVICE);
        customer = f.db.customers.create(new CustomerInput(null, null, "C1", "Tea House", null, null, "li.na", null,
                null, null, null, null, "WHOLESALE"));
        f.priceLists.save(new PriceListInput(null, "WS", "Wholesale", "WHOLESALE", null, null, List.of(
                new PriceListLineInput(11L, new BigDecimal("100.00"), null),
                new PriceListLineInput(11L, new BigDecimal("95.00"), new BigDecimal("20")))));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
    }

    @Test
    void pricesComeFromTheGroupListByQuantityThenTheListPrice() {
        SalesOrderDto o = f.orders.create(order(line(11, "19", null, null), line(11, "20", null, "5"),
                line(12, "1", null, null)));
        // 19 × 100.00 = 1900.00, VAT 247.00
        assertEquals(new BigDecimal("1900.00"), o.lines().get(0).netAmount());
        assertEquals("WS", o.lines().get(0).priceSource());
        // 20 × 95.00 × 0.95 = 20 × 90.25 = 1805.00, VAT 234.65
        assertEquals(new BigDecimal("90.250000"), o.lines().get(1).netUnitPrice());
        assertEquals(new BigDecimal("234.65"), o.lines().get(1).taxAmount());
        // the service has no list line: its own sales price 500.00, VAT 6 % = 30.00
        assertEquals("LIST_PRICE", o.lines().get(2).priceSource());
        // net 1900.00 + 1805.00 + 500.00 = 4205.00; VAT 247.00 + 234.65 + 30.00 = 511.65
        assertEquals(new BigDecimal("4205.00"), o.totalNet());
        assertEquals(new BigDecimal("4716.65"), o.total());
        assertEquals(SalesOrderStatus.DRAFT, o.status());
    }

    @Test
    void withoutInventoryAndFinanceEachSkippedStepIsRecordedInPlainWords() {
        SalesOrderDto o = f.orders.confirm(f.orders.create(order(line(11, "5", null, null))).id());
        assertEquals(SalesOrderStatus.CONFIRMED, o.status());
        assertStep(o, SalesStep.CREDIT_CHECK, StepOutcome.SKIPPED, "credit not checked: finance is not installed");
        assertStep(o, SalesStep.STOCK_RESERVATION, StepOutcome.SKIPPED, "stock not checked: inventory is not installed");
        assertEquals(1, f.db.customers.get(customer.partyId()).orderCount());
        assertTrue(f.db.published.stream().anyMatch(e -> e.startsWith("tangram/crm/SalesOrderConfirmed " + o.number())));

        long line = o.lines().get(0).id();
        ShipmentDto first = f.orders.ship(o.id(), new ShipmentInput(null, List.of(new ShipmentLineInput(line,
                new BigDecimal("2"))), null));
        assertEquals("not invoiced: finance is not installed", first.invoiceNote());
        // 2 × 100.00 = 200.00 + VAT 26.00
        assertEquals(new BigDecimal("226.00"), first.total());
        assertEquals(SalesOrderStatus.PARTIALLY_SHIPPED, f.orders.get(o.id()).status());
        ShipmentDto rest = f.orders.ship(o.id(), null);
        assertEquals(new BigDecimal("3.0000"), rest.lines().get(0).quantity().setScale(4));
        SalesOrderDto shipped = f.orders.get(o.id());
        assertEquals(SalesOrderStatus.SHIPPED, shipped.status());
        assertStep(shipped, SalesStep.STOCK_ISSUE, StepOutcome.SKIPPED, "stock not issued: inventory is not installed");
        assertStep(shipped, SalesStep.INVOICE, StepOutcome.SKIPPED, "not invoiced: finance is not installed");
        assertEquals(2, shipped.steps().stream().filter(s -> s.step() == SalesStep.INVOICE).count(), "one per shipment");
        assertEquals(2, f.db.published.stream().filter(e -> e.startsWith("tangram/crm/GoodsShipped")).count());
        ConflictException more = assertThrows(ConflictException.class, () -> f.orders.ship(o.id(), null));
        assertTrue(more.text().toString().contains("shipped in full"));
    }

    @Test
    void shippingMoreThanIsOpenOrADraftIsRefused() {
        SalesOrderDto draft = f.orders.create(order(line(11, "5", null, null)));
        assertThrows(ConflictException.class, () -> f.orders.ship(draft.id(), null));
        SalesOrderDto o = f.orders.confirm(draft.id());
        long line = o.lines().get(0).id();
        ConflictException tooMuch = assertThrows(ConflictException.class, () -> f.orders.ship(o.id(),
                new ShipmentInput(null, List.of(new ShipmentLineInput(line, new BigDecimal("6"))), null)));
        assertTrue(tooMuch.text().toString().contains("only 5 left to ship"));
        ValidationException twice = assertThrows(ValidationException.class, () -> f.orders.ship(o.id(),
                new ShipmentInput(null, List.of(new ShipmentLineInput(line, BigDecimal.ONE),
                        new ShipmentLineInput(line, BigDecimal.ONE)), null)));
        assertEquals("lines[1].orderLineId", twice.errors().get(0).field());
        assertEquals(0, f.db.sql.one("SELECT COUNT(*) FROM crm_shipment", rs -> rs.getInt(1)).orElseThrow());
    }

    @Test
    void badLinesNameEveryFieldAndStoreNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> f.orders.create(order(
                line(11, "0", null, null), line(99, "1", null, null), new SalesLineInput(11L, BigDecimal.ONE, null,
                        new BigDecimal("120"), new BigDecimal("0.2"), null))));
        assertEquals(Set.of("lines[0].quantity", "lines[1].productId", "lines[2].discountPercent", "lines[2].taxRate"),
                Set.copyOf(e.errors().stream().map(x -> x.field()).toList()));
        assertEquals(0, f.db.sql.one("SELECT COUNT(*) FROM crm_sales_order", rs -> rs.getInt(1)).orElseThrow());
    }

    @Test
    void aCancelledOrderNoLongerCountsAndAShippedOneCannotBeCancelled() {
        SalesOrderDto o = f.orders.confirm(f.orders.create(order(line(11, "5", null, null))).id());
        assertThrows(ValidationException.class, () -> f.orders.cancel(o.id(), " "));
        assertEquals(SalesOrderStatus.CANCELLED, f.orders.cancel(o.id(), "customer withdrew").status());
        assertEquals(0, f.db.customers.get(customer.partyId()).orderCount());
        SalesOrderDto shipped = f.orders.confirm(f.orders.create(order(line(11, "1", null, null))).id());
        f.orders.ship(shipped.id(), null);
        assertThrows(ConflictException.class, () -> f.orders.cancel(shipped.id(), "too late"));
    }

    @Test
    void aQuoteIsSentThenBecomesADraftOrderWithItsPrices() {
        QuoteDto q = f.quotes.create(new QuoteInput(null, customer.partyId(), null, null, null, null, null,
                List.of(line(11, "20", "88.00", "10"))));
        assertEquals(QuoteStatus.DRAFT, q.status());
        // 20 × 88.00 × 0.90 = 20 × 79.20 = 1584.00, VAT 205.92
        assertEquals(new BigDecimal("1789.92"), q.total());
        assertEquals(QuoteStatus.SENT, f.quotes.send(q.id()).status());
        assertTrue(f.db.published.stream().anyMatch(e -> e.startsWith("tangram/crm/QuoteSent " + q.number())));
        SalesOrderDto o = f.quotes.toOrder(q.id());
        assertEquals(new BigDecimal("1789.92"), o.total());
        assertEquals(q.id(), o.quoteId());
        assertEquals(QuoteStatus.ORDERED, f.quotes.get(q.id()).status());
        assertThrows(ConflictException.class, () -> f.quotes.toOrder(q.id()));
    }

    @Test
    void aRepSeesOnlyTheOrdersOfTheirOwnCustomersAndNeedsThePermissionToConfirm() {
        SalesOrderDto o = f.orders.create(order(line(11, "1", null, null)));
        CallContext.bind(new Caller("zhang.wei", Set.of("rep"), Set.of(SalesFixture.permissionsOfARep().split(","))));
        assertEquals(0, f.orders.search(1, null, new io.tangram.platform.api.query.PageRequest(0, 10)).total());
        CallContext.bind(new Caller("li.na", Set.of("rep"), Set.of(SalesFixture.permissionsOfARep().split(","))));
        assertEquals(1, f.orders.search(1, null, new io.tangram.platform.api.query.PageRequest(0, 10)).total());
        assertThrows(ForbiddenException.class, () -> f.orders.confirm(o.id()));
    }

    private SalesOrderInput order(SalesLineInput... lines) {
        return new SalesOrderInput(null, customer.partyId(), null, null, null, null, null, null, List.of(lines));
    }

    private static SalesLineInput line(long product, String qty, String price, String discount) {
        return new SalesLineInput(product, new BigDecimal(qty), price == null ? null : new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), null, null);
    }

    private static void assertStep(SalesOrderDto o, SalesStep step, StepOutcome outcome, String message) {
        List<OrderStepDto> matching = o.steps().stream().filter(s -> s.step() == step && s.outcome() == outcome
                && s.message().contains(message)).toList();
        assertTrue(!matching.isEmpty(), step + " " + outcome + " " + message + " in " + o.steps());
        assertTrue(!matching.get(0).messageZh().isBlank());
    }
}
