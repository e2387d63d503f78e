package io.tangram.finance.impl.voucher;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Voucher numbers {@code 记-2026-11-0001}: the word 记 (general voucher), the period and a per-period sequence. */
public final class VoucherNumber {
    /** 记 (记账凭证): every voucher is a general voucher for now. */
    public static final String WORD = "记";

    private static final Pattern NUMBER = Pattern.compile(WORD + "-\\d{4}-\\d{2}-\\d{4,}");

    private VoucherNumber() {
    }

    /** The period of a voucher date, {@code 2026-11}. */
    public static String period(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    /** {@code 记-2026-11-0001} for the first voucher posted in period {@code 2026-11}. */
    public static String format(String period, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("voucher sequence starts at 1: " + sequence);
        }
        YearMonth.parse(period);
        return String.format("%s-%s-%04d", WORD, period, sequence);
    }

    /** Whether {@code text} is written like a voucher number (the console accepts numbers or ids). */
    public static boolean looksLikeNumber(String text) {
        return text != null && NUMBER.matcher(text.strip()).matches();
    }
}
