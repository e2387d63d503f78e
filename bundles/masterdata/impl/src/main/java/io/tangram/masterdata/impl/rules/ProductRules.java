package io.tangram.masterdata.impl.rules;

import io.tangram.masterdata.api.ProductInput;
import io.tangram.masterdata.api.ProductType;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import java.math.BigDecimal;
import java.util.OptionalInt;

/** What makes a product acceptable, independent of storage. */
public final class ProductRules {

    /** Largest price DECIMAL(19,2) holds, with room for the scale. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("99999999999999999");

    private ProductRules() {
    }

    /** The input as it will be stored: trimmed, codes upper-cased, defaults applied. */
    public static ProductInput normalize(ProductInput in, long defaultCompanyId, String companyCurrency) {
        String salesCurrency = Normalize.code(in.salesCurrency());
        String purchaseCurrency = Normalize.code(in.purchaseCurrency());
        return new ProductInput(in.companyId() == null ? defaultCompanyId : in.companyId(), Normalize.code(in.code()),
                Normalize.text(in.name()), Normalize.code(in.unitCode()), Normalize.text(in.category()),
                Normalize.text(in.barcode()), in.salesPrice(),
                in.salesPrice() == null ? null : salesCurrency == null ? companyCurrency : salesCurrency,
                in.purchasePrice(),
                in.purchasePrice() == null ? null : purchaseCurrency == null ? companyCurrency : purchaseCurrency,
                Normalize.code(in.taxRateCode()), in.type() == null ? ProductType.STOCKED : in.type());
    }

    /** Checks a normalized input and adds every problem to {@code v}. */
    public static Validation check(ProductInput in, ReferenceCodes refs, Validation v) {
        v.required("code", in.code())
                .maxLength("code", in.code(), 32)
                .matches("code", in.code(), PartyRules.CODE,
                        Text.of("may contain only letters, digits, '.', '_' and '-'", "只能包含字母、数字、“.”、“_”和“-”"))
                .required("name", in.name())
                .maxLength("name", in.name(), 200)
                .maxLength("category", in.category(), 100)
                .required("unitCode", in.unitCode())
                .required("taxRateCode", in.taxRateCode())
                .required("type", in.type());
        if (in.unitCode() != null && !refs.unitExists(in.unitCode())) {
            v.add("unitCode", Text.of("{0} is not an active unit of measure", "{0} 不是可用的计量单位", in.unitCode()));
        }
        if (in.taxRateCode() != null && !refs.taxRateExists(in.taxRateCode())) {
            v.add("taxRateCode", Text.of("{0} is not an active tax rate", "{0} 不是可用的税率", in.taxRateCode()));
        }
        if (in.barcode() != null) {
            if (!Barcodes.PATTERN.matcher(in.barcode()).matches()) {
                v.add("barcode", Text.of("may contain only letters, digits and '-', at most 32",
                        "只能包含字母、数字和“-”，最多 32 个字符"));
            } else if (Barcodes.looksLikeGtin(in.barcode()) && !Barcodes.hasValidGtinCheck(in.barcode())) {
                v.add("barcode", Text.of("has a wrong check digit; please check for typing errors",
                        "条码校验位不正确，请检查是否输错"));
            }
        }
        checkPrice("salesPrice", "salesCurrency", in.salesPrice(), in.salesCurrency(), refs, v);
        checkPrice("purchasePrice", "purchaseCurrency", in.purchasePrice(), in.purchaseCurrency(), refs, v);
        return v;
    }

    private static void checkPrice(String field, String currencyField, BigDecimal price, String currency,
                                   ReferenceCodes refs, Validation v) {
        if (price == null) {
            return;
        }
        v.notNegative(field, price);
        v.check(price.abs().compareTo(MAX_PRICE) <= 0, field, Text.of("is too large", "数值过大"));
        OptionalInt scale = currency == null ? OptionalInt.empty() : refs.currencyScale(currency);
        if (scale.isEmpty()) {
            v.add(currencyField, Text.of("{0} is not an active currency", "{0} 不是可用的币种", String.valueOf(currency)));
        } else if (price.stripTrailingZeros().scale() > scale.getAsInt()) {
            v.add(field, Text.of("may have at most {0} decimals in {1}", "{1} 金额最多 {0} 位小数",
                    scale.getAsInt(), currency));
        }
    }
}
