package io.tangram.finance.api.arap;

import java.math.BigDecimal;

/** Part of a receipt or payment settling one posted invoice of the same party; at most the invoice's open amount. */
public record AllocationInput(Long invoiceId, BigDecimal amount) {
}
