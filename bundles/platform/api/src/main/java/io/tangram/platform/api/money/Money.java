package io.tangram.platform.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency, held at the currency's minor-unit scale (2 for CNY).
 * Arithmetic between amounts requires the same currency; anything that can produce more decimals
 * ({@link #times}, {@link #divide}) takes an explicit {@link RoundingMode}. There is no
 * {@code double} anywhere: a company's books must add up to the fen.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** The default currency of the suite. */
    public static final Currency CNY = Currency.getInstance("CNY");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        if (amount.scale() > scale) {
            BigDecimal exact = amount.stripTrailingZeros();
            if (exact.scale() > scale) {
                throw new ArithmeticException("Amount " + amount.toPlainString() + " has more decimals than "
                        + currency.getCurrencyCode() + " allows (" + scale + "); round it explicitly");
            }
        }
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** An exact amount; fails if {@code amount} has more decimals than the currency allows. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** Rounds {@code amount} to the currency's scale with {@code rounding}. */
    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode rounding) {
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Number of decimals kept for {@code currency} (its ISO minor unit, at least 0). */
    public static int scaleOf(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** This amount times {@code factor} (a quantity, a rate), rounded to the currency's scale. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return rounded(amount.multiply(factor), currency, rounding);
    }

    /** This amount divided by {@code divisor}, rounded to the currency's scale. */
    public Money divide(BigDecimal divisor, RoundingMode rounding) {
        return new Money(amount.divide(divisor, scaleOf(currency), rounding), currency);
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency.getCurrencyCode() + " with "
                    + other.currency.getCurrencyCode() + " without an exchange rate");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
