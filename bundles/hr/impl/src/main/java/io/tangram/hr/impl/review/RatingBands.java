package io.tangram.hr.impl.review;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;

/** Rating bands of a cycle: the defaults, their checks, and the rating of a score. */
final class RatingBands {
    static final List<RatingBand> DEFAULT = List.of(new RatingBand("A", new BigDecimal("90")),
            new RatingBand("B", new BigDecimal("75")), new RatingBand("C", new BigDecimal("60")),
            new RatingBand("D", BigDecimal.ZERO));

    private RatingBands() {
    }

    /** The bands to store, highest first: the given ones, or the default when none are given. */
    static List<RatingBand> orDefault(List<RatingBand> bands) {
        List<RatingBand> chosen = bands == null || bands.isEmpty() ? DEFAULT : bands;
        return chosen.stream().map(b -> new RatingBand(b.rating().strip(), b.minScore()))
                .sorted(Comparator.comparing(RatingBand::minScore).reversed()).toList();
    }

    /** Each band named and scored 0–100, ratings and thresholds distinct, the lowest starting at 0. */
    static void check(Validation v, List<RatingBand> bands) {
        if (bands == null || bands.isEmpty()) {
            return;
        }
        Set<String> ratings = new HashSet<>();
        Set<BigDecimal> thresholds = new HashSet<>();
        boolean bad = false;
        for (int i = 0; i < bands.size(); i++) {
            RatingBand b = bands.get(i);
            String field = "bands[" + i + "]";
            if (b == null || b.rating() == null || b.rating().isBlank() || b.rating().strip().length() > 8) {
                v.add(field + ".rating", Text.of("must be 1 to 8 characters", "必须是 1 到 8 个字符"));
                bad = true;
            } else if (!ratings.add(b.rating().strip())) {
                v.add(field + ".rating", Text.of("{0} is given twice", "{0} 重复", b.rating().strip()));
            }
            if (b == null || !Scores.valid(b.minScore())) {
                v.add(field + ".minScore", Text.of("must be 0 to 100 with at most 2 decimals",
                        "必须是 0 到 100，最多两位小数"));
                bad = true;
            } else if (!thresholds.add(b.minScore().stripTrailingZeros())) {
                v.add(field + ".minScore", Text.of("{0} is given twice", "{0} 重复", b.minScore().toPlainString()));
            }
        }
        if (!bad && bands.stream().noneMatch(b -> b.minScore().signum() == 0)) {
            v.add("bands", Text.of("the lowest band must start at 0", "最低等级的起始分必须为 0"));
        }
    }

    /** The rating of {@code score} by bands sorted highest first; {@code null} for no score. */
    static String rate(List<RatingBand> bands, BigDecimal score) {
        if (score == null) {
            return null;
        }
        return bands.stream().filter(b -> score.compareTo(b.minScore()) >= 0).map(RatingBand::rating).findFirst()
                .orElse(bands.isEmpty() ? null : bands.get(bands.size() - 1).rating());
    }

}
