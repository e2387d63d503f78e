package io.tangram.inventory.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Decides what to buy: reorder-point suggestions and requisitions, turned into purchase orders. */
@ProviderType
public interface Replenishment {

    /** Products at or below their reorder point, optionally in one warehouse, by product code. */
    List<PurchaseSuggestion> suggestions(long companyId, Long warehouseId);

    /** Records a shortage as an open requisition linked to the document that caused it. */
    RequisitionDto reportShortage(long companyId, ShortageInput input);

    List<RequisitionDto> requisitions(long companyId, RequisitionStatus status);

    RequisitionDto cancelRequisition(long id, String reason);

    /**
     * Creates draft purchase orders, one per supplier and warehouse, from suggestion lines and open
     * requisitions (which become {@link RequisitionStatus#ORDERED}). A line without a supplier takes
     * the product's preferred supplier; one with neither is refused naming the product.
     */
    List<PurchaseOrderDto> createPurchaseOrders(long companyId, List<SuggestionLine> lines, List<Long> requisitionIds);
}
