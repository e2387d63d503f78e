package io.tangram.finance.impl.arap.service;

import static io.tangram.finance.impl.arap.service.ArApBooks.COMPANY;
import static io.tangram.finance.impl.arap.service.ArApBooks.SUPPLIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.oa.api.form.FormTopics;
import io.tangram.platform.api.event.DomainEvent;

class ExpenseClaimPayablesTest {
    private final ArApBooks arap = new ArApBooks();
    private final ExpenseClaimPayables payables = new ExpenseClaimPayables(arap.invoices);

    private static DomainEvent approved(String number) {
        return new DomainEvent(7, FormTopics.EXPENSE_CLAIM_APPROVED, COMPANY, number, "{\"number\":\"" + number
                + "\",\"claimant\":\"li.na\",\"payeePartyId\":" + SUPPLIER + ",\"date\":\"2026-11-20\",\"currency\":\"CNY\","
                + "\"total\":\"1268.50\",\"costCentre\":\"SALES\",\"lines\":[{\"category\":\"TRAVEL\",\"description\":"
                + "\"Train Hangzhou-Shanghai\",\"amount\":\"438.50\"},{\"category\":\"ACCOMMODATION\",\"description\":"
                + "\"Hotel 2 nights\",\"amount\":\"830.00\",\"costCentre\":\"MARKETING\"}]}", Instant.EPOCH, "oa");
    }

    @Test
    void anApprovedClaimBecomesOnePostedPayableToTheEmployee() throws Exception {
        payables.handle(approved("EXP-2026-000001"));
        payables.handle(approved("EXP-2026-000001"));

        InvoiceDto bill = arap.invoices.findBySource(COMPANY, "EXP-2026-000001").orElseThrow();
        assertEquals(InvoiceKind.PURCHASE, bill.kind());
        assertEquals(InvoiceStatus.POSTED, bill.status());
        assertEquals(SUPPLIER, bill.partyId());
        assertEquals(2, bill.lines().size());
        assertEquals("SALES", bill.lines().get(0).costCentre());
        assertEquals("MARKETING", bill.lines().get(1).costCentre());
        // 438.50 + 830.00, no input VAT: Dr 5602 管理费用 1,268.50 / Cr 2202 应付账款 1,268.50, booked once
        assertEquals(new BigDecimal("1268.50"), arap.balance("5602"));
        assertEquals(new BigDecimal("1268.50"), arap.balance("2202"));
        assertEquals(1, arap.voucherCount());
        assertTrue(arap.balanced());
    }
}
