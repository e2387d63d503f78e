package io.tangram.inventory.impl.purchasing;

import static io.tangram.inventory.api.PurchaseOrderStatus.APPROVED;
import static io.tangram.inventory.api.PurchaseOrderStatus.CANCELLED;
import static io.tangram.inventory.api.PurchaseOrderStatus.CLOSED;
import static io.tangram.inventory.api.PurchaseOrderStatus.DRAFT;
import static io.tangram.inventory.api.PurchaseOrderStatus.PARTIALLY_RECEIVED;
import static io.tangram.inventory.api.PurchaseOrderStatus.RECEIVED;
import static io.tangram.inventory.api.PurchaseOrderStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.tangram.inventory.api.PurchaseOrderStatus;
import io.tangram.platform.api.error.ConflictException;

class PurchaseOrderLifecycleTest {
    private static final String PO = "PO-2026-000001";

    @Test
    void theHappyPathRunsFromDraftToReceived() {
        PurchaseOrderStatus s = PurchaseOrderLifecycle.submit(DRAFT, PO);
        assertEquals(SUBMITTED, s);
        s = PurchaseOrderLifecycle.approve(s, PO);
        assertEquals(APPROVED, s);
        PurchaseOrderLifecycle.requireReceivable(s, PO);
        s = PurchaseOrderLifecycle.afterReceipt(false);
        assertEquals(PARTIALLY_RECEIVED, s);
        PurchaseOrderLifecycle.requireReceivable(s, PO);
        assertEquals(RECEIVED, PurchaseOrderLifecycle.afterReceipt(true));
    }

    @Test
    void onlyADraftCanBeChangedOrSubmitted() {
        assertDoesNotThrow(() -> PurchaseOrderLifecycle.requireDraft(DRAFT, PO));
        for (PurchaseOrderStatus s : EnumSet.complementOf(EnumSet.of(DRAFT))) {
            refused(() -> PurchaseOrderLifecycle.requireDraft(s, PO));
            refused(() -> PurchaseOrderLifecycle.submit(s, PO));
        }
    }

    @Test
    void onlyASubmittedOrderCanBeApprovedOrRejected() {
        assertEquals(DRAFT, PurchaseOrderLifecycle.reject(SUBMITTED, PO));
        for (PurchaseOrderStatus s : EnumSet.complementOf(EnumSet.of(SUBMITTED))) {
            refused(() -> PurchaseOrderLifecycle.approve(s, PO));
            refused(() -> PurchaseOrderLifecycle.reject(s, PO));
        }
    }

    @Test
    void anOrderIsCancelledOnlyWhileNothingWasReceived() {
        for (PurchaseOrderStatus s : EnumSet.of(DRAFT, SUBMITTED, APPROVED)) {
            assertEquals(CANCELLED, PurchaseOrderLifecycle.cancel(s, PO, false));
        }
        ConflictException received = refused(() -> PurchaseOrderLifecycle.cancel(APPROVED, PO, true));
        assertEquals("Purchase order PO-2026-000001 cannot be cancelled: goods were already received against it;"
                + " close it instead", received.text().in(Locale.ENGLISH));
        for (PurchaseOrderStatus s : EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED)) {
            refused(() -> PurchaseOrderLifecycle.cancel(s, PO, false));
        }
    }

    @Test
    void approvedOrPartiallyReceivedOrdersCanBeClosed() {
        assertEquals(CLOSED, PurchaseOrderLifecycle.close(APPROVED, PO));
        assertEquals(CLOSED, PurchaseOrderLifecycle.close(PARTIALLY_RECEIVED, PO));
        for (PurchaseOrderStatus s : EnumSet.of(DRAFT, SUBMITTED, RECEIVED, CLOSED, CANCELLED)) {
            refused(() -> PurchaseOrderLifecycle.close(s, PO));
        }
    }

    @Test
    void goodsAreReceivedOnlyAgainstApprovedOrders() {
        ConflictException draft = refused(() -> PurchaseOrderLifecycle.requireReceivable(DRAFT, PO));
        assertEquals("Purchase order PO-2026-000001 is still a draft: it must be approved before goods can be received",
                draft.text().in(Locale.ENGLISH));
        assertEquals("采购订单 PO-2026-000001 仍是草稿：必须先审批才能收货", draft.text().in(Locale.SIMPLIFIED_CHINESE));
        for (PurchaseOrderStatus s : EnumSet.of(SUBMITTED, RECEIVED, CLOSED, CANCELLED)) {
            refused(() -> PurchaseOrderLifecycle.requireReceivable(s, PO));
        }
    }

    @Test
    void everyStateHasWordsInBothLanguages() {
        for (PurchaseOrderStatus s : PurchaseOrderStatus.values()) {
            assertDoesNotThrow(() -> PurchaseOrderLifecycle.state(s).in(Locale.SIMPLIFIED_CHINESE));
        }
    }

    private static ConflictException refused(Executable step) {
        return assertThrows(ConflictException.class, step);
    }
}
