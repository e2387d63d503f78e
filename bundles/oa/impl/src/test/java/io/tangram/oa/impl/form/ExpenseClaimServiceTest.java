package io.tangram.oa.impl.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.oa.api.approval.ApprovalDocumentTypes;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.form.FormTopics;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.security.CallContext;

/** Expense claims: totals, line validation, receipts and payee checks, approval event; contracts' document. */
class ExpenseClaimServiceTest {
    private FormDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new FormDesk();
        CallContext.bind(LeaveRequestServiceTest.LI_NA);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private static ExpenseLineInput line(ExpenseCategory category, String amount, Long receipt, String costCentre) {
        return new ExpenseLineInput(category, LocalDate.parse("2026-02-26"), category + " in Shanghai",
                amount == null ? null : new BigDecimal(amount), receipt, costCentre);
    }

    private ExpenseClaimDto trip() {
        return desk.expenses.create(new ExpenseClaimInput(null, "Customer visit Shanghai", null, 42L, "SALES-EAST",
                List.of(line(ExpenseCategory.TRAVEL, "553.50", 7L, null), line(ExpenseCategory.ACCOMMODATION, "880", 8L,
                        null), line(ExpenseCategory.MEALS, "126.45", null, "MKT"))));
    }

    @Test
    void theTotalAddsTheLinesAndUncheckedThingsAreSaid() {
        ExpenseClaimDto claim = trip();
        assertEquals("EXP-2026-000001", claim.number());
        assertEquals(new BigDecimal("1559.95"), claim.total());
        assertEquals("CNY", claim.currency());
        assertEquals(List.of("SALES-EAST", "SALES-EAST", "MKT"), claim.lines().stream()
                .map(ExpenseClaimDto.Line::costCentre).toList());
        assertEquals(new Note("payee not checked: master data is not running; attachments not checked: the document"
                + " store is not running", "未校验收款人：主数据未运行；未校验附件：文档库未运行"), claim.checks());
        assertEquals(List.of(new BigDecimal("553.50"), new BigDecimal("880.00"), new BigDecimal("126.45")),
                desk.db.column("SELECT amount FROM oa_expense_line ORDER BY line_no"));
    }

    @Test
    void everyBadLineFieldIsNamedAndNothingIsWritten() {
        desk.expenses.documents = (companyId, documentId) -> documentId == 7L;
        ValidationException e = assertThrows(ValidationException.class, () -> desk.expenses.create(
                new ExpenseClaimInput(null, null, "XYZ", null, null, List.of(line(ExpenseCategory.TRAVEL, "10.00", 7L,
                        null), line(ExpenseCategory.MEALS, "-3.00", null, null), line(null, "1.005", 9L, null)))));
        assertEquals(List.of("payeePartyId", "currency", "lines[1].amount", "lines[2].category", "lines[2].amount",
                "lines[2].receiptDocumentId"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals("must be more than 0", e.errors().get(2).message().in(Locale.ENGLISH));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_expense_claim"));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_expense_line"));
    }

    @Test
    void theApprovalGetsTheTotalAndTheLargestCategoryAndApprovalTellsFinance() {
        ExpenseClaimDto claim = desk.expenses.submit(1, trip().number());
        assertEquals(Money.of("1559.95", "CNY"), desk.approvals.submitted.get(0).amount());
        assertEquals(Map.of("category", "ACCOMMODATION"), desk.approvals.submitted.get(0).fields());
        assertEquals(ApprovalDocumentTypes.EXPENSE_CLAIM, desk.approvals.submitted.get(0).documentType());

        desk.outcomes.handle(FormDesk.decided(12, claim.approvalReference(), ApprovalDocumentTypes.EXPENSE_CLAIM,
                claim.id(), claim.number(), ApprovalStatus.APPROVED, "finance.lead", null));
        desk.outcomes.handle(FormDesk.decided(12, claim.approvalReference(), ApprovalDocumentTypes.EXPENSE_CLAIM,
                claim.id(), claim.number(), ApprovalStatus.APPROVED, "finance.lead", null));

        List<DomainEvent> events = desk.events.on(FormTopics.EXPENSE_CLAIM_APPROVED);
        assertEquals(1, events.size());
        assertEquals("EXP-2026-000001", events.get(0).sourceRef());
        assertEquals("{\"number\":\"EXP-2026-000001\",\"claimant\":\"li.na\",\"payeePartyId\":42,"
                + "\"date\":\"2026-03-02\",\"currency\":\"CNY\",\"total\":\"1559.95\",\"lines\":["
                + "{\"category\":\"TRAVEL\",\"description\":\"TRAVEL in Shanghai\",\"amount\":\"553.50\",\"costCentre\":\"SALES-EAST\"},"
                + "{\"category\":\"ACCOMMODATION\",\"description\":\"ACCOMMODATION in Shanghai\",\"amount\":\"880.00\",\"costCentre\":\"SALES-EAST\"},"
                + "{\"category\":\"MEALS\",\"description\":\"MEALS in Shanghai\",\"amount\":\"126.45\",\"costCentre\":\"MKT\"}]}",
                events.get(0).payload());
        ExpenseClaimDto approved = desk.expenses.get(1, claim.number());
        assertEquals(FormStatus.APPROVED, approved.status());
        assertNull(approved.outcomeComment());
        assertThrows(io.tangram.platform.api.error.ConflictException.class,
                () -> desk.expenses.cancel(1, claim.number(), null), "finance has booked it");
    }

    @Test
    void aRejectedClaimIsFinalAndPublishesNothing() {
        ExpenseClaimDto claim = desk.expenses.submit(1, trip().number());
        desk.outcomes.handle(FormDesk.decided(13, claim.approvalReference(), ApprovalDocumentTypes.EXPENSE_CLAIM,
                claim.id(), claim.number(), ApprovalStatus.REJECTED, "finance.lead", "No receipt for the hotel"));
        ExpenseClaimDto rejected = desk.expenses.get(1, claim.number());
        assertEquals(FormStatus.REJECTED, rejected.status());
        assertEquals("No receipt for the hotel", rejected.outcomeComment());
        assertEquals(List.of(), desk.events.events());
    }

    @Test
    void aContractNeedsItsDocumentReadable() {
        desk.contracts.documents = (companyId, documentId) -> documentId == 5L;
        ValidationException e = assertThrows(ValidationException.class, () -> desk.contracts.create(new ContractInput(
                null, "Acme Ltd", "HT-2026-17", "purchase", new BigDecimal("120000"), null,
                LocalDate.parse("2026-04-01"), LocalDate.parse("2026-03-01"), 6L)));
        assertEquals(List.of("endDate", "documentId"), e.errors().stream().map(f -> f.field()).toList());

        ContractDto contract = desk.contracts.create(new ContractInput(null, "Acme Ltd", "HT-2026-17", "purchase",
                new BigDecimal("120000"), null, LocalDate.parse("2026-04-01"), null, 5L));
        assertEquals("CTR-2026-000001", contract.number());
        assertNull(contract.checks());
        desk.contracts.submit(1, contract.number());
        assertEquals(Money.of("120000.00", "CNY"), desk.approvals.submitted.get(0).amount());
        assertEquals(Map.of("counterparty", "Acme Ltd", "category", "purchase"), desk.approvals.submitted.get(0).fields());
    }

    @Test
    void aGeneralRequestMayGoWithoutAnAmount() {
        GeneralRequestDto req = desk.requests.create(new GeneralRequestInput(null, "Second monitor", "equipment",
                "27 inch", null, null));
        assertEquals("REQ-2026-000001", req.number());
        assertNull(req.amount());
        desk.requests.submit(1, req.number());
        assertNull(desk.approvals.submitted.get(0).amount());
        assertEquals(Map.of("category", "equipment"), desk.approvals.submitted.get(0).fields());
    }
}
