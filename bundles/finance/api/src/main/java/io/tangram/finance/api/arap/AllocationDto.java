package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;

/** Part of a receipt or payment settling one invoice. */
public record AllocationDto(long invoiceId, String invoiceNumber, Money amount) {
}
