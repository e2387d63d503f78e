package io.tangram.finance.impl.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks the ledger lines that may record a bank statement line: a statement reference found in the
 * voucher comes first, then a counterparty found in it, then the nearest date. The score says the
 * same in one number: 1000 for the reference, 500 for the counterparty, minus the days apart (at most
 * 366, so a found name always outranks a nearer date).
 */
final class MatchRanking {
    static final int REFERENCE_POINTS = 1000;
    static final int COUNTERPARTY_POINTS = 500;
    /** Shorter references (a "1", "TR") would be found in almost any text. */
    static final int MIN_REFERENCE_LENGTH = 3;
    static final int MIN_COUNTERPARTY_LENGTH = 2;

    /** A posted ledger line on the bank's ledger account, with the texts of its voucher. */
    record Candidate(long voucherLineId, long voucherId, String voucherNumber, LocalDate date, BigDecimal amount,
                     String voucherDescription, String lineDescription, String sourceRef) {
    }

    record Ranked(Candidate candidate, int daysApart, boolean referenceFound, boolean counterpartyFound, int score) {
    }

    private MatchRanking() {
    }

    /** {@code candidates} ranked for a statement line dated {@code date}, likeliest first. */
    static List<Ranked> rank(LocalDate date, String reference, String counterparty, List<Candidate> candidates) {
        String ref = normalized(reference);
        String party = normalized(counterparty);
        return candidates.stream().map(c -> {
            String text = normalized(String.join(" ", orEmpty(c.voucherNumber()), orEmpty(c.voucherDescription()),
                    orEmpty(c.lineDescription()), orEmpty(c.sourceRef())));
            boolean refFound = ref.length() >= MIN_REFERENCE_LENGTH && text.contains(ref);
            boolean partyFound = party.length() >= MIN_COUNTERPARTY_LENGTH && text.contains(party);
            int days = (int) Math.abs(ChronoUnit.DAYS.between(date, c.date()));
            int score = (refFound ? REFERENCE_POINTS : 0) + (partyFound ? COUNTERPARTY_POINTS : 0) - days;
            return new Ranked(c, days, refFound, partyFound, score);
        }).sorted(Comparator.comparingInt(Ranked::score).reversed()
                .thenComparing(r -> r.candidate().date())
                .thenComparingLong(r -> r.candidate().voucherLineId())).toList();
    }

    /** Upper case without white space, so {@code "ABC 123"} is found in {@code "abc123"}. */
    private static String normalized(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
