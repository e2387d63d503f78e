package io.tangram.masterdata.impl.rules;

import io.tangram.masterdata.api.CompanyInput;
import io.tangram.masterdata.api.ReferenceDataService;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;

/** What makes a company acceptable. */
public final class CompanyRules {

    private CompanyRules() {
    }

    public static CompanyInput normalize(CompanyInput in) {
        String currency = Normalize.code(in.currency());
        return new CompanyInput(Normalize.code(in.code()), Normalize.text(in.name()), Normalize.text(in.nameZh()),
                TaxIds.normalize(in.taxId()), currency == null ? ReferenceDataService.DEFAULT_CURRENCY : currency);
    }

    public static Validation check(CompanyInput in, ReferenceCodes refs, Validation v) {
        v.required("code", in.code())
                .maxLength("code", in.code(), 32)
                .matches("code", in.code(), PartyRules.CODE,
                        Text.of("may contain only letters, digits, '.', '_' and '-'", "只能包含字母、数字、“.”、“_”和“-”"))
                .required("name", in.name())
                .maxLength("name", in.name(), 200)
                .maxLength("nameZh", in.nameZh(), 200);
        if (in.taxId() != null && !TaxIds.hasValidCheck(in.taxId())) {
            v.add("taxId", Text.of("must be a valid 18-character unified social credit code",
                    "必须是有效的 18 位统一社会信用代码"));
        }
        if (in.currency() != null && refs.currencyScale(in.currency()).isEmpty()) {
            v.add("currency", Text.of("{0} is not an active currency", "{0} 不是可用的币种", in.currency()));
        }
        return v;
    }
}
