package io.tangram.platform.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quantity in a unit of measure (code from master data, e.g. {@code PCS}, {@code KG}).
 * Quantities of different units never add up silently.
 */
public record Quantity(BigDecimal value, String unit) implements Comparable<Quantity> {

    /** Decimals kept for quantities throughout the suite. */
    public static final int SCALE = 4;

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (unit.isBlank()) {
            throw new IllegalArgumentException("unit must not be blank");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new ArithmeticException("Quantity " + value.toPlainString() + " has more than " + SCALE + " decimals");
        }
        value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Quantity of(String value, String unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    public Quantity plus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(value.add(other.value), unit);
    }

    public Quantity minus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(value.subtract(other.value), unit);
    }

    public Quantity negate() {
        return new Quantity(value.negate(), unit);
    }

    public int signum() {
        return value.signum();
    }

    @Override
    public int compareTo(Quantity other) {
        requireSameUnit(other);
        return value.compareTo(other.value);
    }

    private void requireSameUnit(Quantity other) {
        if (!unit.equals(other.unit)) {
            throw new IllegalArgumentException("Cannot combine " + unit + " with " + other.unit + " without a conversion");
        }
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
