package io.tangram.finance.impl.arap;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

/**
 * The monthly VAT settlement: payable = max(0, output − input − carried in); input left over is
 * carried to the next month = max(0, input + carried in − output). Exactly one of the two is non-zero
 * unless both are.
 */
public final class VatSettlement {

    /** One month's result. */
    public record Result(BigDecimal payable, BigDecimal carriedOut) {
    }

    /** Output and input VAT of one month. */
    public record Month(BigDecimal output, BigDecimal input) {
    }

    private VatSettlement() {
    }

    public static Result settle(BigDecimal output, BigDecimal input, BigDecimal carriedIn) {
        BigDecimal due = output.subtract(input).subtract(carriedIn);
        return due.signum() >= 0 ? new Result(due, zero(due)) : new Result(zero(due), due.negate());
    }

    /**
     * The credit carried into {@code period}: the months before it settled in order, from the first
     * month with any VAT, each taking the previous month's carried-out credit.
     */
    public static BigDecimal carriedInto(YearMonth period, SortedMap<YearMonth, Month> months) {
        BigDecimal carried = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<YearMonth, Month> e : months.headMap(period).entrySet()) {
            carried = settle(e.getValue().output(), e.getValue().input(), carried).carriedOut();
        }
        return carried;
    }

    private static BigDecimal zero(BigDecimal like) {
        return BigDecimal.ZERO.setScale(Math.max(like.scale(), 2));
    }
}
