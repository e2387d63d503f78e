package io.tangram.finance.impl.reports;

import java.math.BigDecimal;

/** Base-currency debit and credit totals of one account over some span of the ledger. */
public record Sums(BigDecimal debit, BigDecimal credit) {
    public static final Sums ZERO = new Sums(BigDecimal.ZERO, BigDecimal.ZERO);

    public Sums plus(Sums other) {
        return new Sums(debit.add(other.debit), credit.add(other.credit));
    }

    public Sums minus(Sums other) {
        return new Sums(debit.subtract(other.debit), credit.subtract(other.credit));
    }

    /** Debit minus credit: positive for a debit balance. */
    public BigDecimal net() {
        return debit.subtract(credit);
    }

    public boolean isZero() {
        return debit.signum() == 0 && credit.signum() == 0;
    }
}
