package io.tangram.masterdata.impl.rules;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/** What makes units, currencies and tax rates acceptable. */
public final class ReferenceRules {

    public static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,15}");
    public static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    public static final Pattern TAX_RATE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,15}");

    private ReferenceRules() {
    }

    public static Validation names(String nameEn, String nameZh, Validation v) {
        return v.required("nameEn", nameEn).maxLength("nameEn", nameEn, 100)
                .required("nameZh", nameZh).maxLength("nameZh", nameZh, 100);
    }

    public static Validation unit(String code, String nameEn, String nameZh, Validation v) {
        v.required("code", code).matches("code", code, UNIT_CODE,
                Text.of("must be 1 to 16 letters, digits, '_' or '-'", "必须是 1 到 16 个字母、数字、“_”或“-”"));
        return names(nameEn, nameZh, v);
    }

    public static Validation currency(String code, String nameEn, String nameZh, int scale, Validation v) {
        v.required("code", code).matches("code", code, CURRENCY_CODE,
                Text.of("must be a three-letter ISO 4217 code such as CNY", "必须是三位 ISO 4217 代码，例如 CNY"));
        if (code != null && CURRENCY_CODE.matcher(code).matches()) {
            int iso = isoScale(code);
            if (iso < 0) {
                v.add("code", Text.of("{0} is not an ISO 4217 currency", "{0} 不是 ISO 4217 币种", code));
            } else if (iso > 2) {
                v.add("code", Text.of("currencies with {0} decimals are not supported", "不支持 {0} 位小数的币种", iso));
            } else {
                v.check(scale == iso, "scale", Text.of("must be {0} for {1}", "{1} 的小数位数必须是 {0}", iso, code));
            }
        }
        return names(nameEn, nameZh, v);
    }

    /** ISO minor unit of {@code code}, or -1 if Java does not know the currency. */
    public static int isoScale(String code) {
        try {
            return Math.max(Currency.getInstance(code).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    public static Validation taxRate(String code, BigDecimal rate, String nameEn, String nameZh, Validation v) {
        v.required("code", code).matches("code", code, TAX_RATE_CODE,
                Text.of("must be 1 to 16 letters, digits, '_' or '-'", "必须是 1 到 16 个字母、数字、“_”或“-”"));
        v.required("rate", rate);
        if (rate != null) {
            v.check(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) < 0, "rate",
                    Text.of("must be a fraction from 0 to below 1, e.g. 0.13", "必须是 0 到 1 之间的小数，例如 0.13"));
            v.check(rate.stripTrailingZeros().scale() <= 4, "rate",
                    Text.of("may have at most 4 decimals", "最多 4 位小数"));
        }
        return names(nameEn, nameZh, v);
    }
}
