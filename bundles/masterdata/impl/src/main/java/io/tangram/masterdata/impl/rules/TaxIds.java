package io.tangram.masterdata.impl.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters, the last a check
 * character over the first 17.
 */
public final class TaxIds {

    /** Layout: registration authority and type, region code (6 digits), organisation code, check. */
    public static final Pattern PATTERN = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private TaxIds() {
    }

    /** Trims and upper-cases a tax id as typed; {@code null} or blank stays {@code null}. */
    public static String normalize(String taxId) {
        if (taxId == null || taxId.isBlank()) {
            return null;
        }
        return taxId.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean hasValidLayout(String taxId) {
        return taxId != null && PATTERN.matcher(taxId).matches();
    }

    /** Whether the last character is the check character of the first 17. */
    public static boolean hasValidCheck(String taxId) {
        return hasValidLayout(taxId) && checkCharacter(taxId.substring(0, 17)) == taxId.charAt(17);
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not allowed in a credit code: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
