package io.tangram.crm.impl.lead;

import java.util.Locale;

/**
 * The normalised forms duplicates are found by: a phone's digits (a leading {@code 86}/{@code 0086}
 * country code of an 11-digit mobile number dropped), an e-mail in lower case, a company name in
 * lower case without any whitespace.
 */
public final class LeadKeys {
    private static final int MOBILE_DIGITS = 11;

    private LeadKeys() {
    }

    /** {@code "+86 138-0013-8000"} → {@code "13800138000"}; {@code null} when there are no digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == MOBILE_DIGITS + 4 && digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == MOBILE_DIGITS + 2 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    /** {@code " Wu@Example.COM "} → {@code "wu@example.com"}; {@code null} when blank. */
    public static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code "Acme  Trading Co"} → {@code "acmetradingco"}; {@code null} when blank. */
    public static String company(String company) {
        if (company == null) {
            return null;
        }
        String key = company.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }
}
