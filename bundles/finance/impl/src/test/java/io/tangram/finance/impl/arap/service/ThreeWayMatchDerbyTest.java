package io.tangram.finance.impl.arap.service;

import static io.tangram.finance.impl.arap.service.ArApBooks.COMPANY;
import static io.tangram.finance.impl.arap.service.ArApBooks.OTHER_SUPPLIER;
import static io.tangram.finance.impl.arap.service.ArApBooks.SUPPLIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.arap.CreditNoteInput;
import io.tangram.finance.api.arap.CreditNoteLineInput;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceInput;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceLineInput;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.api.arap.MatchStatus;
import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseOrderLineDto;
import io.tangram.inventory.api.PurchaseOrderStatus;
import io.tangram.inventory.api.PurchaseOrders;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;

class ThreeWayMatchDerbyTest {
    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);
    private static final long PRODUCT = 7;

    private final ArApBooks arap = new ArApBooks();
    private final InvoiceService invoices = arap.invoices;

    /** PO-2026-000001 from supplier 20: 10 of product 7 at 50.00, 6 received. */
    private static PurchaseOrders orders() {
        PurchaseOrderLineDto line = new PurchaseOrderLineDto(1, 1, PRODUCT, "P7", "Bolts", "PCS", new BigDecimal("10"),
                new BigDecimal("6"), Money.of("50.00", "CNY"), "VAT13", new BigDecimal("0.13"), Money.of("500.00", "CNY"),
                Money.of("65.00", "CNY"), NOV_10);
        PurchaseOrderDto order = new PurchaseOrderDto(1, COMPANY, "PO-2026-000001", SUPPLIER, "S20", "Party S20", 1, "WH",
                PurchaseOrderStatus.PARTIALLY_RECEIVED, NOV_10, NOV_10, "CNY", Money.of("500.00", "CNY"),
                Money.of("65.00", "CNY"), Money.of("565.00", "CNY"), null, List.of(line), "boss", null, null, null);
        return (PurchaseOrders) Proxy.newProxyInstance(ThreeWayMatchDerbyTest.class.getClassLoader(),
                new Class<?>[] {PurchaseOrders.class}, (p, m, a) -> {
                    if (m.getName().equals("getByNumber")) {
                        if (order.number().equals(a[1])) {
                            return order;
                        }
                        throw NotFoundException.of(Text.of("Purchase order", "采购订单"), a[1]);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private InvoiceDto draft(long supplier, String order, String quantity, String price) {
        return invoices.draft(new InvoiceInput(COMPANY, InvoiceKind.PURCHASE, supplier, NOV_10, null, null, null, null,
                List.of(new InvoiceLineInput("Bolts", new BigDecimal(quantity), new BigDecimal(price),
                        new BigDecimal("0.13"), null, null, order, PRODUCT))));
    }

    @Test
    void aMatchedLineDebitsGoodsReceivedNotInvoiced() {
        invoices.purchaseOrders = orders();
        InvoiceDto posted = invoices.post(draft(SUPPLIER, "PO-2026-000001", "4", "50.90").id());

        assertEquals(MatchStatus.MATCHED, posted.lines().get(0).matchStatus());
        assertEquals("2209", posted.lines().get(0).accountCode());
        assertEquals(new BigDecimal("203.60"), arap.balance("2209").negate(), "a debit on the liability account");
        assertEquals(0, arap.balance("5602").signum());
        assertTrue(arap.balanced());

        InvoiceDto more = draft(SUPPLIER, "PO-2026-000001", "3", "50");
        ConflictException tooMany = assertThrows(ConflictException.class, () -> invoices.post(more.id()));
        assertTrue(tooMany.text().toString().contains("exceeds received 6 minus already invoiced 4 = 2"),
                tooMany.text().toString());
        assertEquals(InvoiceStatus.DRAFT, invoices.get(more.id()).status());

        invoices.creditNote(posted.id(), new CreditNoteInput(NOV_10, "returned", null,
                List.of(new CreditNoteLineInput(1, new BigDecimal("1"), null))));
        assertEquals(MatchStatus.MATCHED, invoices.post(more.id()).lines().get(0).matchStatus(),
                "the returned unit may be invoiced again");
    }

    @Test
    void aPriceOutsideTheToleranceOrAnotherSuppliersOrderIsRefused() {
        invoices.purchaseOrders = orders();
        InvoiceDto dear = draft(SUPPLIER, "PO-2026-000001", "1", "51.01");
        ConflictException price = assertThrows(ConflictException.class, () -> invoices.post(dear.id()));
        assertTrue(price.text().toString().contains("differs from the order price 50 by 1.01"), price.text().toString());
        InvoiceDto other = draft(OTHER_SUPPLIER, "PO-2026-000001", "1", "50");
        assertThrows(ConflictException.class, () -> invoices.post(other.id()));
        InvoiceDto unknown = draft(SUPPLIER, "PO-404", "1", "50");
        assertThrows(ConflictException.class, () -> invoices.post(unknown.id()));
        assertEquals(0, arap.voucherCount());
    }

    @Test
    void withoutInventoryTheLineIsPostedToGoodsReceivedNotInvoicedUnchecked() {
        InvoiceDto posted = invoices.post(draft(SUPPLIER, "PO-2026-000001", "100", "99").id());
        assertEquals(MatchStatus.NOT_CHECKED, posted.lines().get(0).matchStatus());
        assertTrue(posted.lines().get(0).matchNote().contains("inventory is not installed"));
        assertEquals(new BigDecimal("9900.00"), arap.balance("2209").negate());
    }
}
