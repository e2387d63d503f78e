package io.tangram.crm.impl.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.tangram.crm.api.LifecycleStage;
import io.tangram.crm.api.campaign.SegmentRule;
import io.tangram.crm.api.campaign.SegmentRuleKind;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;

class SegmentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static SegmentRules.OrderFact order(int daysAgo, String net, String... categories) {
        return new SegmentRules.OrderFact(TODAY.minusDays(daysAgo), new BigDecimal(net), Set.of(categories));
    }

    private static SegmentRules.CustomerFacts customer(SegmentRules.OrderFact... orders) {
        return new SegmentRules.CustomerFacts(1, Set.of("VIP", "tea-lover"), "Retail", "East", LifecycleStage.REPEAT,
                Arrays.asList(orders));
    }

    private static boolean matches(SegmentRule rule, SegmentRules.CustomerFacts facts) {
        return SegmentRules.matches(List.of(rule), facts, TODAY);
    }

    @Test
    void boughtCategoryWithinDaysCountsTheBoundaryDay() {
        SegmentRule tea90 = new SegmentRule(SegmentRuleKind.BOUGHT_CATEGORY_WITHIN_DAYS, "Tea", 90, null);
        // 2026-12-01 − 90 days = 2026-09-02: on or after it matches
        assertTrue(matches(tea90, customer(order(89, "10.00", "Tea"))));
        assertTrue(matches(tea90, customer(order(90, "10.00", "tea"))), "90 days ago is within 90 days, any case");
        assertFalse(matches(tea90, customer(order(91, "10.00", "Tea"))));
        assertFalse(matches(tea90, customer(order(10, "10.00", "Coffee"))), "another category");
    }

    @Test
    void dormantMeansOrderedButNotWithinTheDaysAndNeverOrderedIsNotDormant() {
        SegmentRule dormant = new SegmentRule(SegmentRuleKind.NO_ORDER_FOR_DAYS, null, 180, null);
        assertTrue(matches(dormant, customer(order(181, "10.00"), order(400, "10.00"))));
        assertFalse(matches(dormant, customer(order(180, "10.00"), order(400, "10.00"))), "an order 180 days ago");
        assertFalse(matches(dormant, customer()), "a customer who never ordered is a lead, not dormant");
    }

    @Test
    void minRevenueAddsTheNetOfTheOrdersWithinTheDays() {
        SegmentRule big = new SegmentRule(SegmentRuleKind.MIN_REVENUE_WITHIN_DAYS, null, 365, new BigDecimal("10000.00"));
        // 6000.00 + 4000.00 = 10000.00 ≥ 10000.00
        assertTrue(matches(big, customer(order(100, "6000.00"), order(365, "4000.00"))));
        // the 4000.00 is 366 days old: 6000.00 < 10000.00
        assertFalse(matches(big, customer(order(100, "6000.00"), order(366, "4000.00"))));
        // 6000.00 + 3999.99 = 9999.99 < 10000.00
        assertFalse(matches(big, customer(order(100, "6000.00"), order(1, "3999.99"))));
    }

    @Test
    void profileRulesCompareInAnyCaseAndAllRulesMustMatch() {
        SegmentRules.CustomerFacts c = customer(order(5, "10.00", "Tea"));
        SegmentRule vip = new SegmentRule(SegmentRuleKind.TAG, "vip", null, null);
        SegmentRule east = new SegmentRule(SegmentRuleKind.REGION, "EAST", null, null);
        SegmentRule west = new SegmentRule(SegmentRuleKind.REGION, "West", null, null);
        SegmentRule retail = new SegmentRule(SegmentRuleKind.INDUSTRY, "retail", null, null);
        SegmentRule repeat = new SegmentRule(SegmentRuleKind.STAGE, "REPEAT", null, null);
        SegmentRule lead = new SegmentRule(SegmentRuleKind.STAGE, "LEAD", null, null);
        assertTrue(SegmentRules.matches(List.of(vip, east, retail, repeat), c, TODAY));
        assertFalse(SegmentRules.matches(List.of(vip, west), c, TODAY), "AND: the region fails");
        assertFalse(SegmentRules.matches(List.of(vip, lead), c, TODAY), "AND: the stage fails");
        assertFalse(matches(east, new SegmentRules.CustomerFacts(2, Set.of(), null, null, LifecycleStage.LEAD,
                List.of())), "no region is no match");
    }

    @Test
    void checkingNamesEachBadRuleParameter() {
        List<SegmentRule> rules = new ArrayList<>();
        rules.add(new SegmentRule(SegmentRuleKind.TAG, " ", null, null));
        rules.add(new SegmentRule(SegmentRuleKind.BOUGHT_CATEGORY_WITHIN_DAYS, "Tea", 0, null));
        rules.add(new SegmentRule(SegmentRuleKind.MIN_REVENUE_WITHIN_DAYS, null, 30, new BigDecimal("-1")));
        rules.add(new SegmentRule(SegmentRuleKind.STAGE, "GOLD", null, null));
        rules.add(new SegmentRule(null, "x", null, null));
        Validation v = new Validation();
        SegmentRules.checked(rules, v);
        ValidationException e = assertThrows(ValidationException.class, v::throwIfInvalid);
        assertEquals(Set.of("rules[0].value", "rules[1].days", "rules[2].amount", "rules[3].value", "rules[4].kind"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
    }

    @Test
    void checkingDropsWhatAKindDoesNotUse() {
        Validation v = new Validation();
        List<SegmentRule> rules = SegmentRules.checked(List.of(
                new SegmentRule(SegmentRuleKind.NO_ORDER_FOR_DAYS, "ignored", 180, BigDecimal.ONE),
                new SegmentRule(SegmentRuleKind.STAGE, " dormant ", 5, null)), v);
        assertFalse(v.hasErrors());
        assertEquals(List.of(new SegmentRule(SegmentRuleKind.NO_ORDER_FOR_DAYS, null, 180, null),
                new SegmentRule(SegmentRuleKind.STAGE, "DORMANT", null, null)), rules);
    }
}
