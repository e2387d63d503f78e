package io.tangram.masterdata.impl.rules;

import io.tangram.masterdata.api.AddressDto;
import io.tangram.masterdata.api.ContactDto;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a party acceptable, independent of storage. */
public final class PartyRules {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]*");
    public static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,24}");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    public static final int MAX_PAYMENT_TERMS_DAYS = 365;

    private PartyRules() {
    }

    /** The input as it will be stored: trimmed, codes upper-cased, defaults applied. */
    public static PartyInput normalize(PartyInput in, long defaultCompanyId, String companyCurrency) {
        List<AddressDto> addresses = new ArrayList<>();
        for (AddressDto a : in.addresses()) {
            addresses.add(a == null ? null : new AddressDto(a.type(), Normalize.text(a.street()), Normalize.text(a.city()),
                    Normalize.text(a.province()), Normalize.text(a.postalCode()),
                    a.country() == null || a.country().isBlank() ? "CN" : Normalize.code(a.country())));
        }
        List<ContactDto> contacts = new ArrayList<>();
        for (ContactDto c : in.contacts()) {
            contacts.add(c == null ? null : new ContactDto(Normalize.text(c.name()), Normalize.text(c.phone()),
                    Normalize.text(c.email())));
        }
        String currency = Normalize.code(in.currency());
        return new PartyInput(in.companyId() == null ? defaultCompanyId : in.companyId(), Normalize.code(in.code()),
                Normalize.text(in.name()), in.customer(), in.supplier(), TaxIds.normalize(in.taxId()),
                in.paymentTermsDays() == null ? PartyService.DEFAULT_PAYMENT_TERMS_DAYS : in.paymentTermsDays(),
                currency == null ? companyCurrency : currency, addresses, contacts);
    }

    /** Checks a normalized input and adds every problem to {@code v}. */
    public static Validation check(PartyInput in, ReferenceCodes refs, Validation v) {
        v.required("code", in.code())
                .maxLength("code", in.code(), 32)
                .matches("code", in.code(), CODE,
                        Text.of("may contain only letters, digits, '.', '_' and '-'", "只能包含字母、数字、“.”、“_”和“-”"))
                .required("name", in.name())
                .maxLength("name", in.name(), 200)
                .check(in.customer() || in.supplier(), "customer",
                        Text.of("a party must be a customer, a supplier or both", "往来单位必须是客户或供应商（或两者皆是）"));
        if (in.taxId() != null) {
            if (!TaxIds.hasValidLayout(in.taxId())) {
                v.add("taxId", Text.of("must be an 18-character unified social credit code",
                        "必须是 18 位统一社会信用代码"));
            } else if (!TaxIds.hasValidCheck(in.taxId())) {
                v.add("taxId", Text.of("has a wrong check character; please check for typing errors",
                        "校验位不正确，请检查是否输错"));
            }
        }
        int terms = in.paymentTermsDays() == null ? 0 : in.paymentTermsDays();
        v.check(terms >= 0 && terms <= MAX_PAYMENT_TERMS_DAYS, "paymentTermsDays",
                Text.of("must be between 0 and {0} days", "必须在 0 到 {0} 天之间", MAX_PAYMENT_TERMS_DAYS));
        v.required("currency", in.currency());
        if (in.currency() != null && refs.currencyScale(in.currency()).isEmpty()) {
            v.add("currency", Text.of("{0} is not an active currency", "{0} 不是可用的币种", in.currency()));
        }
        for (int i = 0; i < in.addresses().size(); i++) {
            checkAddress(in.addresses().get(i), "addresses[" + i + "].", v);
        }
        for (int i = 0; i < in.contacts().size(); i++) {
            checkContact(in.contacts().get(i), "contacts[" + i + "].", v);
        }
        return v;
    }

    private static void checkAddress(AddressDto a, String prefix, Validation v) {
        if (a == null) {
            v.add(prefix.substring(0, prefix.length() - 1), Text.of("is required", "必填"));
            return;
        }
        v.required(prefix + "type", a.type())
                .required(prefix + "street", a.street())
                .maxLength(prefix + "street", a.street(), 200)
                .required(prefix + "city", a.city())
                .maxLength(prefix + "city", a.city(), 100)
                .maxLength(prefix + "province", a.province(), 100)
                .maxLength(prefix + "postalCode", a.postalCode(), 20)
                .matches(prefix + "country", a.country(), COUNTRY,
                        Text.of("must be a two-letter country code such as CN", "必须是两位国家代码，例如 CN"));
    }

    private static void checkContact(ContactDto c, String prefix, Validation v) {
        if (c == null) {
            v.add(prefix.substring(0, prefix.length() - 1), Text.of("is required", "必填"));
            return;
        }
        v.required(prefix + "name", c.name())
                .maxLength(prefix + "name", c.name(), 100)
                .maxLength(prefix + "phone", c.phone(), 30)
                .matches(prefix + "phone", c.phone(), PHONE,
                        Text.of("must be a phone number such as +86 21 5555 0000 or 13800138000",
                                "必须是电话号码，例如 +86 21 5555 0000 或 13800138000"))
                .maxLength(prefix + "email", c.email(), 200)
                .matches(prefix + "email", c.email(), EMAIL,
                        Text.of("must be an e-mail address", "必须是电子邮箱地址"));
    }
}
