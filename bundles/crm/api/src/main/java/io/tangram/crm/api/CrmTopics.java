package io.tangram.crm.api;

/**
 * Topics of the durable events CRM publishes (outbox). Payloads are JSON objects; amounts are plain
 * decimal numbers in the document's currency.
 */
public final class CrmTopics {

    /**
     * A quote was sent to the customer (follow-up rules remind the owner). Payload: {@code id, number,
     * companyId, customerId, owner, sentOn, total}.
     */
    public static final String QUOTE_SENT = "tangram/crm/QuoteSent";

    /**
     * A sales order was confirmed. Payload: {@code id, number, companyId, customerId, orderDate,
     * currency, totalNet, totalTax, total, campaignId} (may be {@code null}).
     */
    public static final String SALES_ORDER_CONFIRMED = "tangram/crm/SalesOrderConfirmed";

    /**
     * Goods left for the customer against a sales order. Finance invoices it (AR invoice with VAT).
     * Payload: {@code id, number} (shipment number, the invoice's source), {@code companyId,
     * customerId, orderId, orderNumber, shipDate, currency, lines: [{orderLineId, productId,
     * productCode, description, quantity, unitPrice} (net of discount), {@code taxRate}]},
     * {@code totalNet, totalTax, total}.
     */
    public static final String GOODS_SHIPPED = "tangram/crm/GoodsShipped";

    /** A sales order was cancelled. Payload: {@code id, number, companyId, customerId, reason}. */
    public static final String SALES_ORDER_CANCELLED = "tangram/crm/SalesOrderCancelled";

    /**
     * A service ticket breached its SLA target. Payload: {@code id, number, companyId, customerId,
     * priority, target} ({@code FIRST_RESPONSE|RESOLUTION}), {@code dueAt, escalatedTo}.
     */
    public static final String TICKET_SLA_BREACHED = "tangram/crm/TicketSlaBreached";

    private CrmTopics() {
    }
}
