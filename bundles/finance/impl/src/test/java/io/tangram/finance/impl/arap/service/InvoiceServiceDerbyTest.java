package io.tangram.finance.impl.arap.service;

import static io.tangram.finance.impl.arap.service.ArApBooks.COMPANY;
import static io.tangram.finance.impl.arap.service.ArApBooks.CUSTOMER;
import static io.tangram.finance.impl.arap.service.ArApBooks.SUPPLIER;
import static io.tangram.finance.impl.arap.service.ArApBooks.input;
import static io.tangram.finance.impl.arap.service.ArApBooks.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.arap.CreditNoteInput;
import io.tangram.finance.api.arap.CreditNoteLineInput;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceInput;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceLineInput;
import io.tangram.finance.api.arap.InvoiceQuery;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.impl.arap.ArApPolicy;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;

class InvoiceServiceDerbyTest {
    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);

    private final ArApBooks arap = new ArApBooks();
    private final InvoiceService invoices = arap.invoices;

    @Test
    void aSalesInvoicePostsReceivableRevenueAndOutputVat() {
        InvoiceDto draft = invoices.draft(input(InvoiceKind.SALES, CUSTOMER, NOV_10,
                line("Widgets", "3", "33.335", "0.13"), line("Service", "1", "50", "0.06")));
        assertEquals(InvoiceStatus.DRAFT, draft.status());
        assertNull(draft.number());
        assertEquals(new BigDecimal("100.01"), draft.lines().get(0).netAmount().amount());
        assertEquals(new BigDecimal("13.00"), draft.lines().get(0).taxAmount().amount());
        assertEquals(new BigDecimal("3.00"), draft.lines().get(1).taxAmount().amount());
        assertEquals(new BigDecimal("166.01"), draft.total().amount());
        assertEquals(NOV_10.plusDays(30), draft.dueDate(), "the customer's payment terms");
        assertEquals("5001", draft.lines().get(0).accountCode());

        InvoiceDto posted = invoices.post(draft.id());

        assertEquals("SI-2026-000001", posted.number());
        assertEquals(InvoiceStatus.POSTED, posted.status());
        assertEquals(new BigDecimal("166.01"), posted.open().amount());
        VoucherDto voucher = arap.books.vouchers.findBySource(COMPANY, "INV", posted.number()).orElseThrow();
        assertEquals(posted.voucherNumber(), voucher.number());
        assertEquals(new BigDecimal("166.01"), arap.balance("1122"));
        assertEquals(new BigDecimal("150.01"), arap.balance("5001"));
        assertEquals(new BigDecimal("16.00"), arap.balance("22210103"));
        assertEquals(CUSTOMER, voucher.lines().get(0).partyId());
        assertTrue(arap.balanced());
        assertTrue(arap.books.published.stream().anyMatch(e -> e.startsWith("tangram/finance/InvoicePosted SI-2026-000001")));
        assertTrue(arap.books.audited.contains("post invoice " + posted.id()));
    }

    @Test
    void aPurchaseInvoiceDebitsExpenseAndInputVatAndCreditsThePayable() {
        InvoiceInput in = new InvoiceInput(COMPANY, InvoiceKind.PURCHASE, SUPPLIER, NOV_10, 15, null, "FP-889", "Rent",
                List.of(new InvoiceLineInput("Office rent", BigDecimal.ONE, new BigDecimal("2000"), new BigDecimal("0.09"),
                        "5602", "ADMIN", null, null), line("Stationery", "10", "5", "0.13")));
        InvoiceDto posted = invoices.post(invoices.draft(in).id());

        assertEquals("PI-2026-000001", posted.number());
        assertEquals(NOV_10.plusDays(15), posted.dueDate());
        assertEquals(new BigDecimal("2236.50"), posted.total().amount());
        assertEquals(new BigDecimal("2236.50"), arap.balance("2202"));
        assertEquals(new BigDecimal("2050.00"), arap.balance("5602"));
        assertEquals(new BigDecimal("-186.50"), arap.balance("22210101"), "input VAT is a debit on a liability account");
        assertTrue(arap.balanced());
    }

    @Test
    void theSameSupplierInvoiceNumberIsEnteredOnce() {
        InvoiceInput in = new InvoiceInput(COMPANY, InvoiceKind.PURCHASE, SUPPLIER, NOV_10, null, null, "FP-1", null,
                List.of(line("Goods", "1", "10", "0.13")));
        invoices.draft(in);
        assertThrows(ConflictException.class, () -> invoices.draft(in));
        invoices.draft(new InvoiceInput(COMPANY, InvoiceKind.PURCHASE, ArApBooks.OTHER_SUPPLIER, NOV_10, null, null,
                "FP-1", null, List.of(line("Goods", "1", "10", "0.13"))));
    }

    @Test
    void badInputNamesTheFieldsAndStoresNothing() {
        InvoiceInput in = new InvoiceInput(COMPANY, InvoiceKind.SALES, SUPPLIER, NOV_10, null, NOV_10.minusDays(1), null,
                null, List.of(line("Goods", "1", "10", "0.3"), line("", "0", "10", "0.13")));
        ValidationException e = assertThrows(ValidationException.class, () -> invoices.draft(in));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("partyId", "dueDate", "lines[0].taxRate", "lines[1].description",
                "lines[1].quantity")), fields.toString());
        assertEquals(0, count());
    }

    @Test
    void aPostedInvoiceIsNeverChangedNorPostedTwice() {
        InvoiceDto posted = arap.posted(InvoiceKind.SALES, CUSTOMER, NOV_10, "1", "100", "0.13");
        assertThrows(ConflictException.class, () -> invoices.post(posted.id()));
        assertThrows(ConflictException.class, () -> invoices.update(posted.id(),
                input(InvoiceKind.SALES, CUSTOMER, NOV_10, line("Other", "1", "1", "0"))));
        assertThrows(ConflictException.class, () -> invoices.deleteDraft(posted.id()));
        assertEquals(new BigDecimal("113.00"), invoices.get(posted.id()).total().amount());
    }

    @Test
    void aDraftChangesAndIsDiscarded() {
        InvoiceDto draft = invoices.draft(input(InvoiceKind.SALES, CUSTOMER, NOV_10, line("A", "1", "100", "0.13")));
        InvoiceDto changed = invoices.update(draft.id(), input(InvoiceKind.SALES, CUSTOMER, NOV_10,
                line("A", "2", "100", "0.13")));
        assertEquals(new BigDecimal("226.00"), changed.total().amount());
        invoices.deleteDraft(draft.id());
        assertEquals(0, count());
    }

    @Test
    void aMissingAccountRefusesPostingAndChangesNothing() {
        ArApSettings broken = new ArApSettings(new ArApPolicy("1122", "2202", "5001", "5602", "22219999", "22210101",
                "2209", "1002", BigDecimal.TEN));
        InvoiceService service = new InvoiceService(null, arap.books.dataSource, arap.books.tx, arap.books.audit,
                arap.books.events, arap.books.companies, arap.books.vouchers, arap.parties, arap.numbers, broken);
        InvoiceDto draft = service.draft(input(InvoiceKind.SALES, CUSTOMER, NOV_10, line("A", "1", "100", "0.13")));
        ConflictException e = assertThrows(ConflictException.class, () -> service.post(draft.id()));
        assertTrue(e.text().toString().contains("output VAT account 22219999"), e.text().toString());
        assertTrue(e.text().toString().contains("finance:load-chart"), e.text().toString());
        assertEquals(InvoiceStatus.DRAFT, service.get(draft.id()).status());
        assertEquals(0, arap.voucherCount());
    }

    @Test
    void creditNotesTakeBackPartOfAnInvoiceAndThenTheRest() {
        InvoiceDto invoice = arap.posted(InvoiceKind.SALES, CUSTOMER, NOV_10, "10", "100", "0.13");

        InvoiceDto returned = invoices.creditNote(invoice.id(), new CreditNoteInput(NOV_10.plusDays(5), "3 returned",
                null, List.of(new CreditNoteLineInput(1, new BigDecimal("3"), null))));

        assertEquals("SC-2026-000001", returned.number());
        assertEquals(invoice.id(), returned.creditNoteOf());
        assertEquals(new BigDecimal("339.00"), returned.total().amount());
        InvoiceDto after = invoices.get(invoice.id());
        assertEquals(new BigDecimal("791.00"), after.open().amount());
        assertEquals(InvoiceStatus.POSTED, after.status());
        assertEquals(new BigDecimal("791.00"), arap.balance("1122"));
        assertEquals(new BigDecimal("700.00"), arap.balance("5001"));
        assertEquals(new BigDecimal("91.00"), arap.balance("22210103"));

        ValidationException tooMuch = assertThrows(ValidationException.class, () -> invoices.creditNote(invoice.id(),
                new CreditNoteInput(NOV_10, "again", null, List.of(new CreditNoteLineInput(1, new BigDecimal("8"), null)))));
        assertEquals("lines[0].quantity", tooMuch.errors().get(0).field());

        InvoiceDto cancelled = invoices.creditNote(invoice.id(), new CreditNoteInput(NOV_10.plusDays(6), "cancelled",
                null, null));
        assertEquals(new BigDecimal("791.00"), cancelled.total().amount());
        assertEquals(InvoiceStatus.CREDITED, invoices.get(invoice.id()).status());
        assertEquals(0, arap.balance("1122").signum());
        assertEquals(0, arap.balance("22210103").signum());
        assertTrue(arap.balanced());
        assertThrows(ConflictException.class, () -> invoices.creditNote(invoice.id(),
                new CreditNoteInput(NOV_10, "nothing left", null, null)));
        assertEquals(2, invoices.search(COMPANY, new InvoiceQuery(null, CUSTOMER, null, null, true, null),
                new PageRequest(0, 10)).total());
    }

    @Test
    void aPriceAllowanceCreditsANetAmountWithItsVat() {
        InvoiceDto invoice = arap.posted(InvoiceKind.PURCHASE, SUPPLIER, NOV_10, "1", "1000", "0.13");
        InvoiceDto allowance = invoices.creditNote(invoice.id(), new CreditNoteInput(NOV_10, "damaged", "RED-1",
                List.of(new CreditNoteLineInput(1, null, new BigDecimal("100")))));
        assertEquals(new BigDecimal("113.00"), allowance.total().amount());
        assertEquals(new BigDecimal("1017.00"), arap.balance("2202"));
        assertEquals(new BigDecimal("900.00"), arap.balance("5602"));
        assertTrue(arap.balanced());
    }

    @Test
    void aDraftIsNotCredited() {
        InvoiceDto draft = invoices.draft(input(InvoiceKind.SALES, CUSTOMER, NOV_10, line("A", "1", "100", "0.13")));
        assertThrows(ConflictException.class, () -> invoices.creditNote(draft.id(),
                new CreditNoteInput(NOV_10, "no", null, null)));
    }

    private int count() {
        return arap.books.sql.one("SELECT COUNT(*) FROM fin_invoice", rs -> rs.getInt(1)).orElseThrow();
    }
}
