package io.tangram.inventory.api;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Purchase orders from draft to received: draft → submitted → approved → partially received →
 * received → closed, or cancelled before anything is received.
 */
@ProviderType
public interface PurchaseOrders {

    /** @throws io.tangram.platform.api.error.ValidationException naming every bad field (lines as {@code lines[1].quantity}) */
    PurchaseOrderDto create(PurchaseOrderInput input);

    /** Replaces header and lines of a draft. @throws io.tangram.platform.api.error.ConflictException unless it is a draft */
    PurchaseOrderDto update(long id, PurchaseOrderInput input);

    PurchaseOrderDto get(long id);

    PurchaseOrderDto getByNumber(long companyId, String number);

    Page<PurchaseOrderDto> search(long companyId, PurchaseOrderQuery query, PageRequest page);

    /** Sends a draft for approval. */
    PurchaseOrderDto submit(long id);

    /** Approves a submitted order; needs the approve permission. */
    PurchaseOrderDto approve(long id);

    /** Sends a submitted order back to draft with a reason. */
    PurchaseOrderDto reject(long id, String reason);

    /** Cancels an order nothing was received against. */
    PurchaseOrderDto cancel(long id, String reason);

    /** Closes an approved or partially received order: what is still open will not come. */
    PurchaseOrderDto close(long id);

    /**
     * Receives goods against an approved order. Partial receipts are allowed; receiving more than
     * ordered is refused beyond the configured over-receipt tolerance.
     */
    GoodsReceiptDto receive(long id, GoodsReceiptInput input);

    /** The receipts posted against an order, oldest first. */
    List<GoodsReceiptDto> receipts(long id);
}
