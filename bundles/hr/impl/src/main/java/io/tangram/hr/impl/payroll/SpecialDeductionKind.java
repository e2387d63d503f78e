package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.util.List;

import io.tangram.platform.api.i18n.Text;

/**
 * The special additional deductions (专项附加扣除) an employee declares, with the monthly limits of
 * the State Council's standards (2023). Serious illness is a yearly amount claimed at the annual
 * reconciliation (汇算清缴) and is therefore recorded but never deducted in monthly withholding.
 */
public enum SpecialDeductionKind {
    /** 子女教育: 2,000 a month per child. */
    CHILD_EDUCATION(Text.of("Children's education", "子女教育"), "2000", true, List.of()),
    /** 3岁以下婴幼儿照护: 2,000 a month per child. */
    INFANT_CARE(Text.of("Infant care", "3岁以下婴幼儿照护"), "2000", true, List.of()),
    /** 继续教育: 400 a month for degree education. */
    CONTINUING_EDUCATION(Text.of("Continuing education", "继续教育"), "400", false, List.of()),
    /** 住房贷款利息: 1,000 a month (or 500 each when spouses split it). */
    HOUSING_LOAN(Text.of("Housing loan interest", "住房贷款利息"), "1000", false, List.of()),
    /** 住房租金: 1,500, 1,100 or 800 a month by city size. */
    HOUSING_RENT(Text.of("Housing rent", "住房租金"), "1500", false,
            List.of(new BigDecimal("1500"), new BigDecimal("1100"), new BigDecimal("800"))),
    /** 赡养老人: up to 3,000 a month. */
    ELDERLY_SUPPORT(Text.of("Elderly support", "赡养老人"), "3000", false, List.of()),
    /** 大病医疗: up to 80,000 a year, claimed at the annual reconciliation. */
    SERIOUS_ILLNESS(Text.of("Serious illness (annual)", "大病医疗（年度）"), "80000", false, List.of());

    private final Text label;
    private final BigDecimal limit;
    private final boolean perChild;
    private final List<BigDecimal> allowedAmounts;

    SpecialDeductionKind(Text label, String limit, boolean perChild, List<BigDecimal> allowedAmounts) {
        this.label = label;
        this.limit = new BigDecimal(limit);
        this.perChild = perChild;
        this.allowedAmounts = allowedAmounts;
    }

    public Text label() {
        return label;
    }

    /** The monthly limit (per child where {@link #perChild()}), or the yearly one for serious illness. */
    public BigDecimal limit() {
        return limit;
    }

    public boolean perChild() {
        return perChild;
    }

    /** The only amounts allowed, when the standard fixes them (rent); empty: anything up to the limit. */
    public List<BigDecimal> allowedAmounts() {
        return allowedAmounts;
    }

    /** Whether monthly withholding deducts it (every kind but serious illness). */
    public boolean monthly() {
        return this != SERIOUS_ILLNESS;
    }
}
