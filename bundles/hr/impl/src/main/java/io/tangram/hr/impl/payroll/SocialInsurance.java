package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Computes social insurance (五险) and housing fund (公积金) under a city policy: each base is clamped
 * to the policy's floor and cap, each item is base × rate rounded to 0.01 half up, and the housing
 * fund to whole yuan when the policy says so.
 */
public final class SocialInsurance {

    private SocialInsurance() {
    }

    /** The contributions on {@code siBase} and {@code hfBase} (before clamping) under {@code policy}. */
    public static Contributions compute(SocialInsurancePolicy policy, BigDecimal siBase, BigDecimal hfBase) {
        BigDecimal si = clamp(siBase, policy.siFloor(), policy.siCap());
        BigDecimal hf = clamp(hfBase, policy.hfFloor(), policy.hfCap());
        int hfScale = policy.housingFundWholeYuan() ? 0 : 2;
        return new Contributions(si, hf, share(si, policy.pension(), 2), share(si, policy.medical(), 2),
                share(si, policy.unemployment(), 2), share(si, policy.workInjury(), 2), share(si, policy.maternity(), 2),
                share(hf, policy.housingFund(), hfScale));
    }

    /** {@code base} limited to [floor, cap]; a missing floor or cap does not limit. */
    public static BigDecimal clamp(BigDecimal base, BigDecimal floor, BigDecimal cap) {
        BigDecimal b = base;
        if (floor != null && b.compareTo(floor) < 0) {
            b = floor;
        }
        if (cap != null && b.compareTo(cap) > 0) {
            b = cap;
        }
        return b;
    }

    private static Contributions.Share share(BigDecimal base, ContributionRates rates, int scale) {
        return new Contributions.Share(amount(base, rates.employee(), scale), amount(base, rates.employer(), scale));
    }

    private static BigDecimal amount(BigDecimal base, BigDecimal rate, int scale) {
        return base.multiply(rate).setScale(scale, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }
}
