package io.tangram.hr.impl.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/** Score arithmetic: a score is 0–100 with at most 2 decimals; totals are weighted by percent. */
final class Scores {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Scores() {
    }

    static boolean valid(BigDecimal score) {
        return score != null && score.signum() >= 0 && score.compareTo(HUNDRED) <= 0
                && score.stripTrailingZeros().scale() <= 2;
    }

    /** Σ weight × score / 100, 2 decimals HALF_UP; {@code null} while any goal lacks its score. */
    static BigDecimal weighted(List<GoalDto> goals, Function<GoalDto, BigDecimal> score) {
        if (goals.isEmpty() || goals.stream().anyMatch(g -> score.apply(g) == null)) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (GoalDto g : goals) {
            sum = sum.add(g.weight().multiply(score.apply(g)));
        }
        return sum.divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal weightTotal(List<GoalDto> goals) {
        return goals.stream().map(GoalDto::weight).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2,
                RoundingMode.HALF_UP);
    }
}
