package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;

/** Amounts on forms: a currency with cents (CNY by default) and at most 2 decimals. */
final class Amounts {

    private Amounts() {
    }

    /** The currency code typed, upper case, CNY when blank; a bad one is named on {@code field}. */
    static String currency(Validation v, String field, String code) {
        String c = code == null || code.isBlank() ? Money.CNY.getCurrencyCode() : code.strip().toUpperCase(Locale.ROOT);
        try {
            v.check(Money.scaleOf(Currency.getInstance(c)) == 2, field, Text.of("must be a currency with cents",
                    "必须是有两位小数的币种"));
        } catch (IllegalArgumentException e) {
            v.add(field, Text.of("must be an ISO currency code such as CNY", "必须是币种代码，例如 CNY"));
        }
        return c;
    }

    /** Checks an amount that must be more than 0 with at most 2 decimals. */
    static void positive(Validation v, String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        v.check(amount.signum() > 0, field, Text.of("must be more than 0", "必须大于 0"));
        v.check(amount.stripTrailingZeros().scale() <= 2, field, Text.of("must have at most 2 decimals", "最多 2 位小数"));
    }
}
