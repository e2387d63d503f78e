package io.tangram.crm.api.sales;

import java.time.Instant;

/**
 * What happened at one step of an order, in plain words ("stock not checked: inventory is not
 * installed"), English and Chinese.
 *
 * @param reference the other module's document, e.g. a requisition or invoice number, if any
 */
public record OrderStepDto(SalesStep step, StepOutcome outcome, String message, String messageZh, String reference,
                           Instant at) {
}
