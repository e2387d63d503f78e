package io.tangram.masterdata.impl.rules;

import java.util.Locale;

/** How typed values are cleaned before they are checked and stored. */
public final class Normalize {

    private Normalize() {
    }

    /** Strips surrounding blanks; blank becomes {@code null}. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Like {@link #text} and upper-cased: codes of records, units, currencies, tax rates. */
    public static String code(String value) {
        String text = text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
