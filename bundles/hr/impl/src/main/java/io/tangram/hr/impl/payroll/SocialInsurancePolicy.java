package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A city's social insurance and housing fund rules from a date (社保公积金政策): contribution base
 * floors and caps, and the rates of each item. Rates and bases are data an administrator keeps in
 * line with the local bureau's yearly notice; the policy in force for a month is the one with the
 * latest {@code effectiveFrom} on or before the month's last day.
 *
 * @param housingFundWholeYuan housing fund amounts are rounded to whole yuan (e.g. Shanghai)
 */
public record SocialInsurancePolicy(Long id, Long companyId, String city, String name, String nameZh,
                                    LocalDate effectiveFrom, String currency, BigDecimal siFloor, BigDecimal siCap,
                                    BigDecimal hfFloor, BigDecimal hfCap, ContributionRates pension,
                                    ContributionRates medical, ContributionRates unemployment,
                                    ContributionRates workInjury, ContributionRates maternity,
                                    ContributionRates housingFund, boolean housingFundWholeYuan, String updatedBy,
                                    Instant updatedAt) {
}
