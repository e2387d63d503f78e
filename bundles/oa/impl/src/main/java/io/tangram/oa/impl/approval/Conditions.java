package io.tangram.oa.impl.approval;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Evaluates step conditions against a document: {@code amount} is the request's amount, any other
 * field a request field. Numbers compare as {@link BigDecimal} (so {@code 20000} equals
 * {@code 20000.00}); other values as trimmed text. A missing value satisfies only {@code NE}.
 */
final class Conditions {

    private Conditions() {
    }

    /** Whether every condition holds. */
    static boolean hold(List<StepCondition> conditions, BigDecimal amount, Map<String, String> fields) {
        return conditions.stream().allMatch(c -> holds(c, amount, fields));
    }

    static boolean holds(StepCondition c, BigDecimal amount, Map<String, String> fields) {
        ConditionOp op = ConditionOp.valueOf(c.op());
        String actual = "amount".equals(c.field()) ? amount == null ? null : amount.toPlainString()
                : fields.get(c.field());
        if (actual == null || actual.isBlank()) {
            return op == ConditionOp.NE;
        }
        return switch (op) {
            case GT -> ordered(actual, c.value(), order -> order > 0);
            case GE -> ordered(actual, c.value(), order -> order >= 0);
            case LT -> ordered(actual, c.value(), order -> order < 0);
            case LE -> ordered(actual, c.value(), order -> order <= 0);
            case EQ -> same(actual, c.value());
            case NE -> !same(actual, c.value());
            case IN -> Arrays.stream(c.value().split(",")).anyMatch(v -> same(actual, v));
        };
    }

    /** Whether two numbers are in order; a value that is not a number never is. */
    private static boolean ordered(String actual, String expected, IntPredicate test) {
        BigDecimal a = number(actual);
        BigDecimal e = number(expected);
        return a != null && e != null && test.test(a.compareTo(e));
    }

    private static boolean same(String actual, String expected) {
        BigDecimal a = number(actual);
        BigDecimal e = number(expected);
        return a != null && e != null ? a.compareTo(e) == 0 : actual.strip().equals(expected.strip());
    }

    /** A plain decimal such as {@code 10000.00}, or {@code null}. */
    static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
