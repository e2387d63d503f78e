package io.tangram.crm.api.sales;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * Sales orders (销售订单) from draft to paid. Confirmation and each shipment are one transaction
 * across the modules that are installed: either every reservation, requisition, stock issue and
 * outbox event is written, or none.
 */
@ProviderType
public interface SalesOrders {

    SalesOrderDto create(SalesOrderInput input);

    /** @throws io.tangram.platform.api.error.ConflictException unless it is a draft */
    SalesOrderDto update(long id, SalesOrderInput input);

    SalesOrderDto get(long id);

    SalesOrderDto getByNumber(long companyId, String number);

    /** Visible orders, newest first. */
    Page<SalesOrderDto> search(long companyId, SalesOrderQuery query, PageRequest page);

    /**
     * Confirms a draft: checks the customer's credit (open receivables + this order against the
     * limit), reserves stock and turns each shortage into a purchase requisition.
     *
     * @throws io.tangram.platform.api.error.ConflictException if the credit limit would be exceeded
     */
    SalesOrderDto confirm(long id);

    /** Cancels an order nothing has been shipped from, releasing its stock. */
    SalesOrderDto cancel(long id, String reason);

    /**
     * Ships order lines, issuing reserved stock (reserving more first if it has arrived since).
     *
     * @throws io.tangram.platform.api.error.ConflictException if more is shipped than ordered or
     *         than is in stock
     */
    ShipmentDto ship(long orderId, ShipmentInput input);

    List<ShipmentDto> shipments(long orderId);

    /** Visible shipments of a customer, newest first. */
    List<ShipmentDto> shipmentsOfCustomer(long customerId);
}
