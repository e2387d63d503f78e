package io.tangram.finance.api.arap;

/** Topics of the durable events AR/AP publishes (outbox); payloads are JSON, amounts plain decimals. */
public final class ArApTopics {

    /**
     * An invoice or credit note was posted. Payload: {@code id, number, companyId, kind (SALES|PURCHASE),
     * creditNote (boolean), creditNoteOf (invoice id or null), partyId, invoiceDate, dueDate,
     * externalNumber, sourceRef} (the document it was made from automatically, e.g. the CRM shipment
     * number, or {@code null}), {@code totalNet, totalTax, total, currency, voucherNumber}.
     */
    public static final String INVOICE_POSTED = "tangram/finance/InvoicePosted";

    /**
     * A receipt or supplier payment was posted. Payload: {@code id, number, companyId, kind
     * (RECEIPT|PAYMENT), partyId, date, amount, currency, reference, voucherNumber, allocations
     * ([{invoiceId, invoiceNumber, amount, invoiceStatus}])}.
     */
    public static final String PAYMENT_POSTED = "tangram/finance/PaymentPosted";

    private ArApTopics() {
    }
}
