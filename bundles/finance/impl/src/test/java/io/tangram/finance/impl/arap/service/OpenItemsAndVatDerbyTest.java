package io.tangram.finance.impl.arap.service;

import static io.tangram.finance.impl.arap.service.ArApBooks.COMPANY;
import static io.tangram.finance.impl.arap.service.ArApBooks.CUSTOMER;
import static io.tangram.finance.impl.arap.service.ArApBooks.OTHER_CUSTOMER;
import static io.tangram.finance.impl.arap.service.ArApBooks.SUPPLIER;
import static io.tangram.finance.impl.arap.service.ArApBooks.allocate;
import static io.tangram.finance.impl.arap.service.ArApBooks.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.arap.AgingBucket;
import io.tangram.finance.api.arap.AgingReport;
import io.tangram.finance.api.arap.CreditNoteInput;
import io.tangram.finance.api.arap.CustomerExposure;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.OpenItemKind;
import io.tangram.finance.api.arap.PaymentKind;
import io.tangram.finance.api.arap.VatSummary;

class OpenItemsAndVatDerbyTest {
    private static final LocalDate AT = LocalDate.of(2026, 11, 30);

    private final ArApBooks arap = new ArApBooks();

    @Test
    void agingBucketsOpenAmountsAsTheyStoodAtTheDay() {
        // customer terms are 30 days: due 2026-11-29 (1 day overdue), 2026-08-31 (91), 2026-12-05 (current)
        InvoiceDto overdue1 = arap.posted(InvoiceKind.SALES, CUSTOMER, LocalDate.of(2026, 10, 30), "1", "100", "0");
        arap.posted(InvoiceKind.SALES, CUSTOMER, LocalDate.of(2026, 8, 1), "1", "200", "0");
        arap.posted(InvoiceKind.SALES, OTHER_CUSTOMER, LocalDate.of(2026, 11, 5), "1", "300", "0");
        arap.posted(InvoiceKind.PURCHASE, SUPPLIER, LocalDate.of(2026, 11, 5), "1", "999", "0");
        arap.payments.create(payment(PaymentKind.RECEIPT, CUSTOMER, AT, "40", allocate(overdue1, "40")));
        arap.payments.create(payment(PaymentKind.RECEIPT, CUSTOMER, AT.plusDays(1), "10", allocate(overdue1, "10")));

        AgingReport aging = arap.openItems.aging(COMPANY, OpenItemKind.RECEIVABLE, AT);

        assertEquals(2, aging.parties().size());
        assertEquals(CUSTOMER, aging.parties().get(0).partyId());
        assertEquals(new BigDecimal("60.00"), aging.parties().get(0).amounts().days1To30().amount(),
                "the receipt of December 1st does not count yet");
        assertEquals(new BigDecimal("200.00"), aging.parties().get(0).amounts().over90().amount());
        assertEquals(AgingBucket.OVER_90, aging.parties().get(0).items().get(0).bucket());
        assertEquals(new BigDecimal("300.00"), aging.totals().current().amount());
        assertEquals(new BigDecimal("560.00"), aging.totals().total().amount());
        assertEquals(new BigDecimal("999.00"), arap.openItems.aging(COMPANY, OpenItemKind.PAYABLE, AT).totals()
                .total().amount());
        assertEquals(new BigDecimal("200.00"), arap.openItems.aging(COMPANY, OpenItemKind.RECEIVABLE,
                LocalDate.of(2026, 10, 1)).totals().total().amount(), "only the August invoice existed then");
    }

    @Test
    void exposureShowsOpenAndOverdueReceivablesOfACustomer() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        arap.posted(InvoiceKind.SALES, CUSTOMER, today.minusDays(45), "1", "100", "0.13");
        arap.posted(InvoiceKind.SALES, CUSTOMER, today, "1", "50", "0");

        CustomerExposure exposure = arap.openItems.exposure(COMPANY, CUSTOMER);

        assertEquals(new BigDecimal("163.00"), exposure.openReceivables().amount());
        assertEquals(new BigDecimal("113.00"), exposure.overdue().amount());
        assertEquals(2, exposure.openInvoices());
        assertEquals(today.minusDays(15), exposure.oldestDueDate());
        CustomerExposure none = arap.openItems.exposure(COMPANY, OTHER_CUSTOMER);
        assertEquals(0, none.openReceivables().signum());
        assertNull(none.oldestDueDate());
    }

    @Test
    void vatIsSettledWithTheCreditCarriedFromEarlierMonthsAndReconciledWithTheLedger() {
        // October: input 130 > output 26, so 104 is carried into November
        arap.posted(InvoiceKind.PURCHASE, SUPPLIER, LocalDate.of(2026, 10, 5), "1", "1000", "0.13");
        arap.posted(InvoiceKind.SALES, CUSTOMER, LocalDate.of(2026, 10, 6), "1", "200", "0.13");
        // November: output 130 + 6, a credit note −13, input 9; a manual voucher adds 5 of output VAT
        InvoiceDto sale = arap.posted(InvoiceKind.SALES, CUSTOMER, LocalDate.of(2026, 11, 3), "1", "1000", "0.13");
        arap.posted(InvoiceKind.SALES, CUSTOMER, LocalDate.of(2026, 11, 4), "1", "100", "0.06");
        arap.posted(InvoiceKind.PURCHASE, SUPPLIER, LocalDate.of(2026, 11, 5), "1", "100", "0.09");
        arap.invoices.creditNote(sale.id(), new CreditNoteInput(LocalDate.of(2026, 11, 20), "allowance", null,
                List.of(new io.tangram.finance.api.arap.CreditNoteLineInput(1, null, new BigDecimal("100")))));
        arap.books.vouchers.record(new VoucherInput(COMPANY, LocalDate.of(2026, 11, 25), "deemed sale", List.of(
                new VoucherLineInput("5602", new BigDecimal("5"), null, null, null, null, null, null),
                new VoucherLineInput("22210103", null, new BigDecimal("5"), null, null, null, null, null)), null, null));

        VatSummary nov = arap.vat.summary(COMPANY, YearMonth.of(2026, 11));

        assertEquals(new BigDecimal("123.00"), nov.outputVat().amount());
        assertEquals(2, nov.output().size());
        assertEquals(new BigDecimal("0.13"), nov.output().get(0).rate());
        assertEquals(new BigDecimal("900.00"), nov.output().get(0).net().amount());
        assertEquals(new BigDecimal("117.00"), nov.output().get(0).tax().amount());
        assertEquals(new BigDecimal("9.00"), nov.inputVat().amount());
        assertEquals(new BigDecimal("104.00"), nov.carriedIn().amount());
        assertEquals(new BigDecimal("10.00"), nov.vatPayable().amount());
        assertEquals(0, nov.carriedOut().signum());
        assertEquals(new BigDecimal("128.00"), nov.ledgerOutputVat().amount());
        assertEquals(new BigDecimal("5.00"), nov.otherOutputVat().amount());
        assertEquals(new BigDecimal("9.00"), nov.ledgerInputVat().amount());
        assertEquals(0, nov.otherInputVat().signum());

        VatSummary oct = arap.vat.summary(COMPANY, YearMonth.of(2026, 10));
        assertEquals(0, oct.vatPayable().signum());
        assertEquals(new BigDecimal("104.00"), oct.carriedOut().amount());
    }
}
