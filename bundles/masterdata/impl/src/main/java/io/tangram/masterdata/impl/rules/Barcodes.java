package io.tangram.masterdata.impl.rules;

import java.util.regex.Pattern;

/** Product barcodes: any short code, but GTIN-8/12/13/14 numbers must carry a correct check digit. */
public final class Barcodes {

    public static final Pattern PATTERN = Pattern.compile("[0-9A-Za-z-]{1,32}");
    private static final Pattern GTIN = Pattern.compile("[0-9]{8}|[0-9]{12,14}");

    private Barcodes() {
    }

    /** Whether {@code barcode} is a GTIN by length and digits. */
    public static boolean looksLikeGtin(String barcode) {
        return barcode != null && GTIN.matcher(barcode).matches();
    }

    /** Check digit test of a GTIN (EAN-8, UPC-A, EAN-13, GTIN-14). */
    public static boolean hasValidGtinCheck(String gtin) {
        int sum = 0;
        int length = gtin.length();
        for (int i = 0; i < length - 1; i++) {
            int digit = gtin.charAt(i) - '0';
            boolean timesThree = (length - 1 - i) % 2 == 1;
            sum += timesThree ? digit * 3 : digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == gtin.charAt(length - 1) - '0';
    }
}
