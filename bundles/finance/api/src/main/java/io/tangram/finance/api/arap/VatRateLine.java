package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;

/** Net and VAT of one rate in a period: invoices minus credit notes. */
public record VatRateLine(BigDecimal rate, Money net, Money tax) {
}
