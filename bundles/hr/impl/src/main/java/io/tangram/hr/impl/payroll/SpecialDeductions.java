package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.util.Collection;
import java.time.YearMonth;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;

/** Checks declared special deductions against the standards and sums them for a month. */
public final class SpecialDeductions {

    private SpecialDeductions() {
    }

    /** Adds an error naming each field of {@code d} that breaks the standard of its kind. */
    public static Validation check(Validation v, SpecialDeduction d) {
        v.required("kind", d.kind()).required("amount", d.amount()).required("fromMonth", d.fromMonth());
        v.check(d.toMonth() == null || d.fromMonth() == null || !d.toMonth().isBefore(d.fromMonth()), "toMonth",
                Text.of("must not be before fromMonth", "不能早于起始月份"));
        if (d.kind() == null || d.amount() == null) {
            return v;
        }
        SpecialDeductionKind kind = d.kind();
        v.check(d.amount().signum() > 0, "amount", Text.of("must be more than 0", "必须大于 0"));
        v.check(d.amount().scale() <= 2 || d.amount().stripTrailingZeros().scale() <= 2, "amount",
                Text.of("must have at most 2 decimals", "最多 2 位小数"));
        if (kind.perChild()) {
            int children = d.children() == null ? 0 : d.children();
            v.check(children >= 1 && children <= 20, "children",
                    Text.of("must be 1 or more for {0}", "{0}须填写子女人数（至少 1）", kind.name()));
            BigDecimal max = kind.limit().multiply(BigDecimal.valueOf(Math.max(children, 1)));
            v.check(d.amount().compareTo(max) <= 0, "amount",
                    Text.of("must be at most {0} for {1} children ({2} per child)",
                            "{1} 个子女最多 {0}（每个子女 {2}）", max.toPlainString(), children, kind.limit().toPlainString()));
        } else if (!kind.allowedAmounts().isEmpty()) {
            v.check(kind.allowedAmounts().stream().anyMatch(a -> a.compareTo(d.amount()) == 0), "amount",
                    Text.of("must be one of {0} for {1}", "{1}只能是 {0} 之一",
                            kind.allowedAmounts().stream().map(BigDecimal::toPlainString).toList().toString(), kind.name()));
        } else {
            v.check(d.amount().compareTo(kind.limit()) <= 0, "amount",
                    Text.of("must be at most {0} for {1}", "{1}最多 {0}", kind.limit().toPlainString(), kind.name()));
        }
        return v;
    }

    /** The monthly special deductions in force in {@code month}. */
    public static BigDecimal monthlyTotal(Collection<SpecialDeduction> declared, YearMonth month) {
        return declared.stream().filter(d -> d.appliesTo(month)).map(SpecialDeduction::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
