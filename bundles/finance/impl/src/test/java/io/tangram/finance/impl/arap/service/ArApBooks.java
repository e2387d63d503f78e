package io.tangram.finance.impl.arap.service;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tangram.finance.api.arap.AllocationInput;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceInput;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceLineInput;
import io.tangram.finance.api.arap.PaymentInput;
import io.tangram.finance.api.arap.PaymentKind;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.finance.impl.arap.ArApPolicy;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;

/**
 * {@link FinanceBooks} with the AR/AP services wired: customers 10 and 11 (30 days), suppliers 20 and
 * 21 (60 days), an inactive customer 12, and document numbers counted per type and year.
 */
final class ArApBooks {
    static final long COMPANY = FinanceBooks.COMPANY;
    static final long CUSTOMER = 10;
    static final long OTHER_CUSTOMER = 11;
    static final long INACTIVE_CUSTOMER = 12;
    static final long SUPPLIER = 20;
    static final long OTHER_SUPPLIER = 21;

    final FinanceBooks books = new FinanceBooks();
    final Map<Long, PartyDto> partyRows = new HashMap<>();
    final PartyService parties;
    final DocumentNumbers numbers;
    final ArApSettings settings = new ArApSettings(ArApPolicy.CHINA_SMALL_BUSINESS);
    final InvoiceService invoices;
    final PaymentService payments;
    final OpenItemService openItems;
    final VatReportService vat;

    ArApBooks() {
        party(CUSTOMER, "C10", true, false, 30, true);
        party(OTHER_CUSTOMER, "C11", true, false, 30, true);
        party(INACTIVE_CUSTOMER, "C12", true, false, 30, false);
        party(SUPPLIER, "S20", false, true, 60, true);
        party(OTHER_SUPPLIER, "S21", false, true, 60, true);
        parties = (PartyService) Proxy.newProxyInstance(ArApBooks.class.getClassLoader(),
                new Class<?>[] {PartyService.class}, (p, m, a) -> {
                    if (m.getName().equals("get")) {
                        PartyDto party = partyRows.get((Long) a[0]);
                        if (party == null) {
                            throw NotFoundException.of(Text.of("Party", "往来单位"), a[0]);
                        }
                        return party;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        Map<String, Integer> counters = new HashMap<>();
        numbers = (companyId, type, year) -> String.format("%s-%d-%06d", type, year,
                counters.merge(type + year, 1, Integer::sum));
        invoices = new InvoiceService(null, books.dataSource, books.tx, books.audit, books.events, books.companies,
                books.vouchers, parties, numbers, settings);
        payments = new PaymentService(null, books.dataSource, books.tx, books.audit, books.events, books.companies,
                books.vouchers, parties, numbers, settings);
        openItems = new OpenItemService(null, books.dataSource, books.companies);
        vat = new VatReportService(null, books.dataSource, books.companies, settings);
    }

    private void party(long id, String code, boolean customer, boolean supplier, int terms, boolean active) {
        partyRows.put(id, new PartyDto(id, COMPANY, code, "Party " + code, customer, supplier, null, terms, "CNY", null,
                null, active));
    }

    static InvoiceLineInput line(String description, String quantity, String price, String rate) {
        return new InvoiceLineInput(description, new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(rate),
                null, null, null, null);
    }

    static InvoiceInput input(InvoiceKind kind, long party, LocalDate date, InvoiceLineInput... lines) {
        return new InvoiceInput(COMPANY, kind, party, date, null, null, null, null, List.of(lines));
    }

    /** A posted invoice of one line. */
    InvoiceDto posted(InvoiceKind kind, long party, LocalDate date, String quantity, String price, String rate) {
        return invoices.post(invoices.draft(input(kind, party, date, line("Goods", quantity, price, rate))).id());
    }

    static PaymentInput payment(PaymentKind kind, long party, LocalDate date, String amount, AllocationInput... allocations) {
        return new PaymentInput(COMPANY, kind, party, date, new BigDecimal(amount), null, "BANK-REF", List.of(allocations));
    }

    static AllocationInput allocate(InvoiceDto invoice, String amount) {
        return new AllocationInput(invoice.id(), new BigDecimal(amount));
    }

    /** Closing balance of an account over 2026 on its normal side. */
    BigDecimal balance(String account) {
        return books.reports.generalLedger(COMPANY, account, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .closing().amount();
    }

    boolean balanced() {
        return books.reports.trialBalance(COMPANY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).balanced();
    }

    int voucherCount() {
        return books.sql.one("SELECT COUNT(*) FROM fin_voucher", rs -> rs.getInt(1)).orElseThrow();
    }
}
