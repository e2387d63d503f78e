package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;

/** Open amounts by bucket; {@code total} is their sum. */
public record AgingAmounts(Money current, Money days1To30, Money days31To60, Money days61To90, Money over90,
                           Money total) {
}
