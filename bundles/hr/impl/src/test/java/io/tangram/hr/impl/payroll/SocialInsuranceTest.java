package io.tangram.hr.impl.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Contributions under a Shanghai-like sample policy, each item hand-computed. */
class SocialInsuranceTest {

    /**
     * SI base 7,460 – 37,302; pension 8 % / 16 %, medical 2 % / 9 %, unemployment 0.5 % / 0.5 %,
     * work injury 0 / 0.16 %, maternity 0 / 1 %; housing fund base 2,690 – 37,302, 7 % / 7 %.
     */
    static SocialInsurancePolicy shanghai(boolean wholeYuan) {
        return new SocialInsurancePolicy(null, 1L, "SH", "Shanghai", "上海", LocalDate.of(2025, 7, 1), "CNY",
                new BigDecimal("7460"), new BigDecimal("37302"), new BigDecimal("2690"), new BigDecimal("37302"),
                rates("0.08", "0.16"), rates("0.02", "0.09"), rates("0.005", "0.005"), rates("0", "0.0016"),
                rates("0", "0.01"), rates("0.07", "0.07"), wholeYuan, null, null);
    }

    static ContributionRates rates(String employee, String employer) {
        return new ContributionRates(new BigDecimal(employee), new BigDecimal(employer));
    }

    /**
     * Base 2,000 is below both floors: SI base 7,460, HF base 2,690.
     * <pre>
     * pension       7,460 × 8 %   =   596.80   7,460 × 16 %   = 1,193.60
     * medical       7,460 × 2 %   =   149.20   7,460 × 9 %    =   671.40
     * unemployment  7,460 × 0.5 % =    37.30   7,460 × 0.5 %  =    37.30
     * work injury                      0.00   7,460 × 0.16 % =    11.936 → 11.94
     * maternity                        0.00   7,460 × 1 %    =    74.60
     * employee SI 783.30, employer SI 1,988.84
     * housing fund  2,690 × 7 %   =   188.30 → 188 (whole yuan) both sides
     * </pre>
     */
    @Test
    void baseBelowTheFloorIsRaisedToIt() {
        Contributions c = SocialInsurance.compute(shanghai(true), new BigDecimal("2000"), new BigDecimal("2000"));
        assertEquals(List.of("7460", "2690"), List.of(c.siBase().toPlainString(), c.hfBase().toPlainString()));
        assertEquals(List.of("596.80", "1193.60", "149.20", "671.40", "37.30", "37.30", "0.00", "11.94", "0.00", "74.60",
                "188.00", "188.00"), figures(c));
        assertEquals("783.30", c.employeeSocialInsurance().toPlainString());
        assertEquals("1988.84", c.employerSocialInsurance().toPlainString());
    }

    /**
     * Base 50,000 is above both caps: both bases 37,302.
     * <pre>
     * pension       37,302 × 8 %   = 2,984.16   × 16 %   = 5,968.32
     * medical       37,302 × 2 %   =   746.04   × 9 %    = 3,357.18
     * unemployment  37,302 × 0.5 % =   186.51   × 0.5 %  =   186.51
     * work injury                       0.00   × 0.16 % =    59.6832 → 59.68
     * maternity                         0.00   × 1 %    =   373.02
     * employee SI 3,916.71, employer SI 9,944.71
     * housing fund  37,302 × 7 %   = 2,611.14 → 2,611 (whole yuan) / 2,611.14 (flag off)
     * </pre>
     */
    @Test
    void baseAboveTheCapIsLoweredToIt() {
        Contributions c = SocialInsurance.compute(shanghai(true), new BigDecimal("50000"), new BigDecimal("50000"));
        assertEquals(List.of("37302", "37302"), List.of(c.siBase().toPlainString(), c.hfBase().toPlainString()));
        assertEquals(List.of("2984.16", "5968.32", "746.04", "3357.18", "186.51", "186.51", "0.00", "59.68", "0.00",
                "373.02", "2611.00", "2611.00"), figures(c));
        assertEquals("3916.71", c.employeeSocialInsurance().toPlainString());
        assertEquals("9944.71", c.employerSocialInsurance().toPlainString());
        Contributions exact = SocialInsurance.compute(shanghai(false), new BigDecimal("50000"), new BigDecimal("50000"));
        assertEquals("2611.14", exact.housingFund().employee().toPlainString());
    }

    /** Within the range the base is kept; 2,750 × 7 % = 192.50 rounds half up to 193 yuan. */
    @Test
    void baseWithinTheRangeIsKeptAndHalfAYuanRoundsUp() {
        Contributions c = SocialInsurance.compute(shanghai(true), new BigDecimal("10000"), new BigDecimal("2750"));
        assertEquals("10000", c.siBase().toPlainString());
        assertEquals("800.00", c.pension().employee().toPlainString());
        assertEquals("16.00", c.workInjury().employer().toPlainString());
        assertEquals("193.00", c.housingFund().employee().toPlainString());
    }

    private static List<String> figures(Contributions c) {
        return List.of(c.pension().employee(), c.pension().employer(), c.medical().employee(), c.medical().employer(),
                c.unemployment().employee(), c.unemployment().employer(), c.workInjury().employee(),
                c.workInjury().employer(), c.maternity().employee(), c.maternity().employer(),
                c.housingFund().employee(), c.housingFund().employer()).stream().map(BigDecimal::toPlainString).toList();
    }
}
