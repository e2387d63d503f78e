package io.tangram.inventory.impl.purchasing;

import java.util.EnumSet;
import java.util.Set;

import io.tangram.inventory.api.PurchaseOrderStatus;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.i18n.Text;

/**
 * The states of a purchase order and the steps between them:
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED ──receive──▶ PARTIALLY_RECEIVED ──receive──▶ RECEIVED
 *   ▲                   │                     │                          │
 *   └──────reject───────┘                     └──────────close───────────┴──▶ CLOSED
 * DRAFT, SUBMITTED, APPROVED (nothing received) ──cancel──▶ CANCELLED
 * </pre>
 *
 * Every refused step is a {@link ConflictException} saying, in words a clerk understands, what state
 * the order is in and what would have to happen first.
 */
public final class PurchaseOrderLifecycle {

    private static final Set<PurchaseOrderStatus> CANCELLABLE =
            EnumSet.of(PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.SUBMITTED, PurchaseOrderStatus.APPROVED);
    private static final Set<PurchaseOrderStatus> RECEIVABLE =
            EnumSet.of(PurchaseOrderStatus.APPROVED, PurchaseOrderStatus.PARTIALLY_RECEIVED);

    private PurchaseOrderLifecycle() {
    }

    /** Only a draft may be changed. */
    public static void requireDraft(PurchaseOrderStatus status, String number) {
        if (status != PurchaseOrderStatus.DRAFT) {
            throw refused(status, number, "only a draft can be changed", "只有草稿可以修改");
        }
    }

    /** DRAFT → SUBMITTED. */
    public static PurchaseOrderStatus submit(PurchaseOrderStatus status, String number) {
        if (status != PurchaseOrderStatus.DRAFT) {
            throw refused(status, number, "only a draft can be submitted for approval", "只有草稿可以提交审批");
        }
        return PurchaseOrderStatus.SUBMITTED;
    }

    /** SUBMITTED → APPROVED. */
    public static PurchaseOrderStatus approve(PurchaseOrderStatus status, String number) {
        if (status != PurchaseOrderStatus.SUBMITTED) {
            throw refused(status, number, "only an order waiting for approval can be approved", "只有待审批的订单可以审批");
        }
        return PurchaseOrderStatus.APPROVED;
    }

    /** SUBMITTED → DRAFT, so the buyer can correct it. */
    public static PurchaseOrderStatus reject(PurchaseOrderStatus status, String number) {
        if (status != PurchaseOrderStatus.SUBMITTED) {
            throw refused(status, number, "only an order waiting for approval can be rejected", "只有待审批的订单可以驳回");
        }
        return PurchaseOrderStatus.DRAFT;
    }

    /** DRAFT, SUBMITTED or APPROVED → CANCELLED, as long as nothing was received against it. */
    public static PurchaseOrderStatus cancel(PurchaseOrderStatus status, String number, boolean anythingReceived) {
        if (anythingReceived || status == PurchaseOrderStatus.PARTIALLY_RECEIVED || status == PurchaseOrderStatus.RECEIVED) {
            throw new ConflictException(Text.of(
                    "Purchase order {0} cannot be cancelled: goods were already received against it; close it instead",
                    "采购订单 {0} 不能取消：已有收货记录，请改为关闭订单", number));
        }
        if (!CANCELLABLE.contains(status)) {
            throw refused(status, number, "it can no longer be cancelled", "不能再取消");
        }
        return PurchaseOrderStatus.CANCELLED;
    }

    /** APPROVED or PARTIALLY_RECEIVED → CLOSED: what is still open will not come. */
    public static PurchaseOrderStatus close(PurchaseOrderStatus status, String number) {
        if (!RECEIVABLE.contains(status)) {
            throw refused(status, number, "only an approved or partially received order can be closed",
                    "只有已审批或部分收货的订单可以关闭");
        }
        return PurchaseOrderStatus.CLOSED;
    }

    /** Goods can be received only against an approved or partially received order. */
    public static void requireReceivable(PurchaseOrderStatus status, String number) {
        switch (status) {
            case APPROVED, PARTIALLY_RECEIVED -> {
                // receivable
            }
            case DRAFT, SUBMITTED -> throw refused(status, number, "it must be approved before goods can be received",
                    "必须先审批才能收货");
            case RECEIVED -> throw refused(status, number, "nothing is left to receive", "没有待收货的数量");
            default -> throw refused(status, number, "no more goods can be received against it", "不能再按此订单收货");
        }
    }

    /** The state after a receipt: RECEIVED once every line has all it ordered, else PARTIALLY_RECEIVED. */
    public static PurchaseOrderStatus afterReceipt(boolean everyLineFullyReceived) {
        return everyLineFullyReceived ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
    }

    private static ConflictException refused(PurchaseOrderStatus status, String number, String en, String zh) {
        Text state = state(status);
        return new ConflictException(Text.of("Purchase order {0} " + state.en() + ": " + en,
                "采购订单 {0} " + state.zh() + "：" + zh, number));
    }

    /** The state in words: "is still a draft", "is waiting for approval", … */
    static Text state(PurchaseOrderStatus status) {
        return switch (status) {
            case DRAFT -> Text.of("is still a draft", "仍是草稿");
            case SUBMITTED -> Text.of("is waiting for approval", "正在等待审批");
            case APPROVED -> Text.of("is already approved", "已审批");
            case PARTIALLY_RECEIVED -> Text.of("is partially received", "已部分收货");
            case RECEIVED -> Text.of("is fully received", "已全部收货");
            case CLOSED -> Text.of("is closed", "已关闭");
            case CANCELLED -> Text.of("is cancelled", "已取消");
        };
    }
}
