package io.tangram.finance.impl.voucher;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.tangram.finance.api.VoucherLineInput;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;

/**
 * Whether the lines of a voucher balance, and their amounts in the company (base) currency.
 *
 * <p>Every line is either a debit or a credit greater than zero; a red-ink reversal line carries a
 * negative amount on one side instead. Amounts have at most their currency's decimals. A line in a
 * foreign currency needs an exchange rate greater than zero (company currency per unit); a line in
 * the company currency has rate 1. The base amount is amount × rate, rounded half-up to 2 decimals.
 * Debits equal credits in every currency and in base; when they balance in every currency but not in
 * base, the rounding of the conversions is to blame and the message names the difference.
 */
public final class VoucherBalance {
    public static final int MAX_LINES = 200;
    public static final int BASE_SCALE = 2;
    public static final int RATE_SCALE = 8;

    /** One checked line: amounts at their currency's scale, base amounts at scale 2. */
    public record Line(int index, String accountCode, BigDecimal debit, BigDecimal credit, Currency currency,
                       BigDecimal exchangeRate, BigDecimal baseDebit, BigDecimal baseCredit) {
    }

    /** The checked lines with the base totals (equal when the voucher balances). */
    public record Result(List<Line> lines, BigDecimal totalDebit, BigDecimal totalCredit) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    private VoucherBalance() {
    }

    /**
     * Checks {@code lines}, adding every problem to {@code v} ({@code lines[2].debit}, {@code lines} for
     * the balance), and returns what could be computed; use it only when {@code v} has no errors.
     *
     * @param redInk whether lines may be negative (a reversal); never true for what a user enters
     */
    public static Result check(List<VoucherLineInput> lines, Currency base, boolean redInk, Validation v) {
        List<VoucherLineInput> in = lines == null ? List.of() : lines;
        if (in.size() < 2) {
            v.add("lines", Text.of("a voucher needs at least two lines, a debit and a credit",
                    "凭证至少需要两行（借方和贷方）"));
        } else if (in.size() > MAX_LINES) {
            v.add("lines", Text.of("a voucher has at most {0} lines, this one has {1}", "凭证最多 {0} 行，当前 {1} 行",
                    MAX_LINES, in.size()));
        }
        List<Line> checked = new ArrayList<>();
        Map<String, BigDecimal[]> perCurrency = new TreeMap<>();
        BigDecimal baseDebit = BigDecimal.ZERO.setScale(BASE_SCALE);
        BigDecimal baseCredit = BigDecimal.ZERO.setScale(BASE_SCALE);
        boolean linesValid = true;
        for (int i = 0; i < in.size(); i++) {
            Line line = line(i, in.get(i), base, redInk, v);
            if (line == null) {
                linesValid = false;
                continue;
            }
            checked.add(line);
            BigDecimal[] sums = perCurrency.computeIfAbsent(line.currency().getCurrencyCode(),
                    c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(line.debit());
            sums[1] = sums[1].add(line.credit());
            baseDebit = baseDebit.add(line.baseDebit());
            baseCredit = baseCredit.add(line.baseCredit());
        }
        if (linesValid && in.size() >= 2) {
            boolean everyCurrencyBalances = true;
            for (Map.Entry<String, BigDecimal[]> e : perCurrency.entrySet()) {
                BigDecimal debit = e.getValue()[0];
                BigDecimal credit = e.getValue()[1];
                if (debit.compareTo(credit) != 0) {
                    everyCurrencyBalances = false;
                    v.add("lines", Text.of("debits and credits in {0} differ by {1}: debit {2}, credit {3}",
                            "{0} 借贷不平，相差 {1}：借方 {2}，贷方 {3}", e.getKey(), plain(debit.subtract(credit).abs()),
                            plain(debit), plain(credit)));
                }
            }
            if (everyCurrencyBalances && baseDebit.compareTo(baseCredit) != 0) {
                v.add("lines", Text.of("the lines balance in every currency, but converted to {0} the debits ({1}) and"
                        + " credits ({2}) differ by {3} through rounding at the exchange rates; adjust a line by {3} {0}"
                        + " or split the voucher by currency",
                        "各币种借贷平衡，但按汇率折算为 {0} 后借方（{1}）与贷方（{2}）因舍入相差 {3}；请将某行调整 {3} {0}，或按币种拆分凭证",
                        base.getCurrencyCode(), plain(baseDebit), plain(baseCredit),
                        plain(baseDebit.subtract(baseCredit).abs())));
            }
        }
        return new Result(checked, baseDebit, baseCredit);
    }

    private static Line line(int i, VoucherLineInput l, Currency base, boolean redInk, Validation v) {
        String field = "lines[" + i + "]";
        if (l == null) {
            v.add(field, Text.of("is required", "必填"));
            return null;
        }
        boolean valid = true;
        Currency currency = base;
        if (l.currency() != null && !l.currency().isBlank()) {
            try {
                currency = Currency.getInstance(l.currency().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add(field + ".currency", Text.of("{0} is not an ISO currency code such as USD",
                        "{0} 不是 ISO 币种代码（例如 USD）", l.currency()));
                return null;
            }
        }
        BigDecimal debit = l.debit() == null ? BigDecimal.ZERO : l.debit();
        BigDecimal credit = l.credit() == null ? BigDecimal.ZERO : l.credit();
        int scale = Money.scaleOf(currency);
        valid &= decimals(field + ".debit", debit, scale, currency, v);
        valid &= decimals(field + ".credit", credit, scale, currency, v);
        if (debit.signum() != 0 && credit.signum() != 0) {
            v.add(field, Text.of("enter either a debit or a credit, not both", "借方和贷方只能填一个"));
            valid = false;
        } else if (debit.signum() == 0 && credit.signum() == 0) {
            v.add(field, Text.of("enter a debit or a credit greater than zero", "请填写大于零的借方或贷方金额"));
            valid = false;
        } else if (!redInk && (debit.signum() < 0 || credit.signum() < 0)) {
            String side = debit.signum() < 0 ? ".debit" : ".credit";
            v.add(field + side, Text.of("must be greater than zero; correct a posted voucher by reversing it",
                    "必须大于零；已过账凭证请通过冲销更正"));
            valid = false;
        }
        BigDecimal rate;
        if (currency.equals(base)) {
            rate = BigDecimal.ONE;
            if (l.exchangeRate() != null && l.exchangeRate().compareTo(BigDecimal.ONE) != 0) {
                v.add(field + ".exchangeRate", Text.of("must be empty or 1 for the company currency {0}",
                        "公司本位币 {0} 的汇率必须为空或 1", base.getCurrencyCode()));
                valid = false;
            }
        } else {
            rate = l.exchangeRate();
            if (rate == null || rate.signum() <= 0) {
                v.add(field + ".exchangeRate", Text.of("is required for {0} and must be greater than zero ({1} per 1 {0})",
                        "{0} 必须填写大于零的汇率（每 1 {0} 折合 {1}）", currency.getCurrencyCode(), base.getCurrencyCode()));
                valid = false;
            } else if (rate.stripTrailingZeros().scale() > RATE_SCALE) {
                v.add(field + ".exchangeRate", Text.of("has at most {0} decimals", "最多 {0} 位小数", RATE_SCALE));
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        BigDecimal d = debit.setScale(scale, RoundingMode.UNNECESSARY);
        BigDecimal c = credit.setScale(scale, RoundingMode.UNNECESSARY);
        return new Line(i, l.accountCode(), d, c, currency, rate, toBase(d, rate), toBase(c, rate));
    }

    /** {@code amount} × {@code rate}, rounded half-up to 2 decimals (half away from zero for red ink). */
    public static BigDecimal toBase(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).setScale(BASE_SCALE, RoundingMode.HALF_UP);
    }

    private static boolean decimals(String field, BigDecimal amount, int scale, Currency currency, Validation v) {
        if (amount.stripTrailingZeros().scale() > scale) {
            v.add(field, Text.of("{0} has at most {1} decimals", "{0} 最多 {1} 位小数", currency.getCurrencyCode(), scale));
            return false;
        }
        return true;
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
