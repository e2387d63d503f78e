package io.tangram.crm.api.sales;

/** How a step of order to cash went. */
public enum StepOutcome {
    /** Performed. */
    DONE,
    /** Not performed because the module that does it is not installed. */
    SKIPPED,
    /** Waiting for the other module (e.g. the invoice after a shipment). */
    PENDING
}
