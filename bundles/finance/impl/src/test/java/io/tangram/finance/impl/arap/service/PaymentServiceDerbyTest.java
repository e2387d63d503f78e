package io.tangram.finance.impl.arap.service;

import static io.tangram.finance.impl.arap.service.ArApBooks.CUSTOMER;
import static io.tangram.finance.impl.arap.service.ArApBooks.OTHER_CUSTOMER;
import static io.tangram.finance.impl.arap.service.ArApBooks.SUPPLIER;
import static io.tangram.finance.impl.arap.service.ArApBooks.allocate;
import static io.tangram.finance.impl.arap.service.ArApBooks.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.api.arap.PaymentDto;
import io.tangram.finance.api.arap.PaymentKind;
import io.tangram.finance.api.arap.PaymentStatus;
import io.tangram.oa.api.approval.ApprovalDocumentTypes;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;

class PaymentServiceDerbyTest {
    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);
    private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    private final ArApBooks arap = new ArApBooks();
    private final PaymentService payments = arap.payments;

    @Test
    void aReceiptSettlesSeveralInvoicesPartly() {
        InvoiceDto first = arap.posted(InvoiceKind.SALES, CUSTOMER, NOV_10, "1", "1000", "0.13");
        InvoiceDto second = arap.posted(InvoiceKind.SALES, CUSTOMER, NOV_10, "1", "500", "0.13");

        PaymentDto receipt = payments.create(payment(PaymentKind.RECEIPT, CUSTOMER, NOV_20, "1365.00",
                allocate(first, "1130.00"), allocate(second, "235.00")));

        assertEquals(PaymentStatus.POSTED, receipt.status());
        assertEquals("RC-2026-000001", receipt.number());
        assertEquals(InvoiceStatus.PAID, arap.invoices.get(first.id()).status());
        InvoiceDto partly = arap.invoices.get(second.id());
        assertEquals(InvoiceStatus.PARTIALLY_PAID, partly.status());
        assertEquals(new BigDecimal("330.00"), partly.open().amount());
        assertEquals(new BigDecimal("330.00"), arap.balance("1122"));
        assertEquals(new BigDecimal("1365.00"), arap.balance("1002"));
        assertTrue(arap.balanced());
        assertTrue(arap.books.published.stream().anyMatch(e -> e.startsWith("tangram/finance/PaymentPosted RC-2026-000001")
                && e.contains("\"invoiceStatus\":\"PARTIALLY_PAID\"")));

        payments.create(payment(PaymentKind.RECEIPT, CUSTOMER, NOV_20, "330", allocate(second, "330")));
        assertEquals(InvoiceStatus.PAID, arap.invoices.get(second.id()).status());
        assertEquals(0, arap.balance("1122").signum());
    }

    @Test
    void refusedReceiptsNameTheFieldAndChangeNothing() {
        InvoiceDto invoice = arap.posted(InvoiceKind.SALES, CUSTOMER, NOV_10, "1", "100", "0.13");
        InvoiceDto otherParty = arap.posted(InvoiceKind.SALES, OTHER_CUSTOMER, NOV_10, "1", "100", "0.13");
        int vouchers = arap.voucherCount();

        assertEquals(List.of("allocations[0].amount"), fields(() -> payments.create(payment(PaymentKind.RECEIPT, CUSTOMER,
                NOV_20, "200", allocate(invoice, "200")))));
        assertEquals(List.of("amount"), fields(() -> payments.create(payment(PaymentKind.RECEIPT, CUSTOMER, NOV_20, "200",
                allocate(invoice, "100")))), "an unallocated remainder is refused");
        assertEquals(List.of("allocations"), fields(() -> payments.create(payment(PaymentKind.RECEIPT, CUSTOMER, NOV_20,
                "50", allocate(invoice, "100")))));
        assertEquals(List.of("allocations[1].invoiceId"), fields(() -> payments.create(payment(PaymentKind.RECEIPT,
                CUSTOMER, NOV_20, "20", allocate(invoice, "10"), allocate(otherParty, "10")))));
        assertEquals(List.of("partyId"), fields(() -> payments.create(payment(PaymentKind.PAYMENT, CUSTOMER, NOV_20, "10",
                allocate(invoice, "10")))));

        assertEquals(vouchers, arap.voucherCount());
        assertEquals(0, arap.books.sql.one("SELECT COUNT(*) FROM fin_payment", rs -> rs.getInt(1)).orElseThrow());
        assertEquals(InvoiceStatus.POSTED, arap.invoices.get(invoice.id()).status());
    }

    @Test
    void aSupplierIsPaidOnlyOnceThePaymentIsApproved() {
        InvoiceDto invoice = arap.posted(InvoiceKind.PURCHASE, SUPPLIER, NOV_10, "2", "500", "0.13");
        PaymentDto draft = payments.create(payment(PaymentKind.PAYMENT, SUPPLIER, NOV_20, "800", allocate(invoice, "800")));
        assertEquals(PaymentStatus.DRAFT, draft.status());
        assertEquals("PY-2026-000001", draft.number());

        ConflictException notApproved = assertThrows(ConflictException.class, () -> payments.post(draft.id()));
        assertTrue(notApproved.text().toString().contains("not approved"));
        assertEquals(List.of("allocations[0].amount"), fields(() -> payments.create(payment(PaymentKind.PAYMENT,
                SUPPLIER, NOV_20, "400", allocate(invoice, "400")))), "800 of the 1130 open wait in the draft");

        PaymentDto approved = payments.approve(draft.id());
        assertEquals(PaymentStatus.APPROVED, approved.status());
        assertEquals("system", approved.approvedBy());
        assertThrows(ConflictException.class, () -> payments.approve(draft.id()));

        PaymentDto posted = payments.post(draft.id());
        assertEquals(PaymentStatus.POSTED, posted.status());
        assertEquals(new BigDecimal("330.00"), arap.balance("2202"));
        assertEquals(new BigDecimal("-800.00"), arap.balance("1002"));
        assertEquals(InvoiceStatus.PARTIALLY_PAID, arap.invoices.get(invoice.id()).status());
        assertTrue(arap.balanced());
        assertThrows(ConflictException.class, () -> payments.post(draft.id()));
    }

    /** An OA stand-in: defines a payment process when {@code defined}, numbers approvals OA-1, OA-2… */
    private static final class FakeOa implements Approvals {
        final List<ApprovalRequest> submitted = new ArrayList<>();
        final boolean defined;

        FakeOa(boolean defined) {
            this.defined = defined;
        }

        @Override
        public Optional<ApprovalState> submit(ApprovalRequest request) {
            if (!defined) {
                return Optional.empty();
            }
            submitted.add(request);
            return Optional.of(get("OA-" + submitted.size()));
        }

        @Override
        public boolean hasProcess(long companyId, String documentType) {
            return defined && ApprovalDocumentTypes.SUPPLIER_PAYMENT.equals(documentType);
        }

        @Override
        public Optional<ApprovalState> state(long companyId, String documentType, String documentId) {
            return Optional.empty();
        }

        @Override
        public ApprovalState get(String reference) {
            return new ApprovalState(reference, 1, ApprovalDocumentTypes.SUPPLIER_PAYMENT, "1", "PAY-1",
                    ApprovalStatus.PENDING, "payments", 1, "finance manager", List.of("boss"), "clerk", null, null,
                    Instant.EPOCH, null);
        }

        @Override
        public ApprovalState withdraw(String reference, String reason) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void withOaInstalledPaymentsAreSubmittedThereAndApprovedByItsDecision() {
        FakeOa oa = new FakeOa(true);
        payments.approvals = oa;
        InvoiceDto invoice = arap.posted(InvoiceKind.PURCHASE, SUPPLIER, NOV_10, "1", "100", "0.13");
        PaymentDto payment = payments.create(payment(PaymentKind.PAYMENT, SUPPLIER, NOV_20, "113", allocate(invoice, "113")));

        assertEquals(PaymentStatus.SUBMITTED, payment.status());
        assertEquals("OA-1", payment.approvalRef());
        assertEquals(new BigDecimal("113.00"), oa.submitted.get(0).amount().amount());
        assertEquals(ApprovalDocumentTypes.SUPPLIER_PAYMENT, oa.submitted.get(0).documentType());
        assertEquals(String.valueOf(payment.id()), oa.submitted.get(0).documentId());
        ConflictException inOa = assertThrows(ConflictException.class, () -> payments.approve(payment.id()));
        assertTrue(inOa.text().toString().contains("Approval runs in OA"));
        assertThrows(ConflictException.class, () -> payments.post(payment.id()));

        long company = payment.companyId();
        assertFalse(payments.applyApproval(company, payment.id(), "OA-9", ApprovalStatus.APPROVED, "boss", null),
                "an outcome of another approval changes nothing");
        assertTrue(payments.applyApproval(company, payment.id(), "OA-1", ApprovalStatus.REJECTED, "boss",
                "wrong bank account"));
        PaymentDto rejected = payments.get(payment.id());
        assertEquals(PaymentStatus.DRAFT, rejected.status());
        assertEquals("wrong bank account", rejected.approvalNote());
        assertThrows(ConflictException.class, () -> payments.approve(payment.id()),
                "while OA defines a process a finance user does not approve");
        payments.submit(payment.id());
        assertEquals("OA-2", payments.get(payment.id()).approvalRef());
        assertTrue(payments.applyApproval(company, payment.id(), "OA-2", ApprovalStatus.APPROVED, "boss", null));
        assertFalse(payments.applyApproval(company, payment.id(), "OA-2", ApprovalStatus.APPROVED, "boss", null),
                "a redelivered outcome changes nothing");
        assertEquals("boss", payments.get(payment.id()).approvedBy());
        assertEquals(PaymentStatus.POSTED, payments.post(payment.id()).status());
        assertEquals(InvoiceStatus.PAID, arap.invoices.get(invoice.id()).status());
    }

    @Test
    void withOaInstalledButNoPaymentProcessFinanceApprovesItself() {
        payments.approvals = new FakeOa(false);
        InvoiceDto invoice = arap.posted(InvoiceKind.PURCHASE, SUPPLIER, NOV_10, "1", "100", "0");
        PaymentDto payment = payments.create(payment(PaymentKind.PAYMENT, SUPPLIER, NOV_20, "100", allocate(invoice, "100")));
        assertEquals(PaymentStatus.DRAFT, payment.status());
        ConflictException none = assertThrows(ConflictException.class, () -> payments.submit(payment.id()));
        assertTrue(none.text().toString().contains("OA defines no approval process"), none.text().toString());
        assertEquals(PaymentStatus.APPROVED, payments.approve(payment.id()).status());
    }

    @Test
    void aPaymentWaitingForOaKeepsWaitingWhileOaIsAbsent() {
        payments.approvals = new FakeOa(true);
        InvoiceDto invoice = arap.posted(InvoiceKind.PURCHASE, SUPPLIER, NOV_10, "1", "100", "0");
        PaymentDto payment = payments.create(payment(PaymentKind.PAYMENT, SUPPLIER, NOV_20, "100", allocate(invoice, "100")));
        payments.approvals = null;
        ConflictException waits = assertThrows(ConflictException.class, () -> payments.approve(payment.id()));
        assertTrue(waits.text().toString().contains("OA is not installed now"), waits.text().toString());
        assertThrows(ConflictException.class, () -> payments.post(payment.id()));
        assertTrue(payments.applyApproval(payment.companyId(), payment.id(), "OA-1", ApprovalStatus.APPROVED, "boss", null),
                "the outcome applies when OA is back and decides");
        assertEquals(PaymentStatus.POSTED, payments.post(payment.id()).status());
    }

    @Test
    void withoutOaThereIsNothingToSubmitTo() {
        InvoiceDto invoice = arap.posted(InvoiceKind.PURCHASE, SUPPLIER, NOV_10, "1", "100", "0");
        PaymentDto payment = payments.create(payment(PaymentKind.PAYMENT, SUPPLIER, NOV_20, "100", allocate(invoice, "100")));
        assertThrows(ConflictException.class, () -> payments.submit(payment.id()));
        assertNull(payments.get(payment.id()).approvalRef());
    }

    @Test
    void aCreditNoteCannotTakeBackWhatIsPaid() {
        InvoiceDto invoice = arap.posted(InvoiceKind.SALES, CUSTOMER, NOV_10, "1", "100", "0.13");
        payments.create(payment(PaymentKind.RECEIPT, CUSTOMER, NOV_20, "100", allocate(invoice, "100")));
        assertThrows(ConflictException.class, () -> arap.invoices.creditNote(invoice.id(),
                new io.tangram.finance.api.arap.CreditNoteInput(NOV_20, "cancel", null, null)));
        assertEquals(new BigDecimal("13.00"), arap.invoices.get(invoice.id()).open().amount());
    }

    private static List<String> fields(Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        return e.errors().stream().map(FieldError::field).toList();
    }
}
