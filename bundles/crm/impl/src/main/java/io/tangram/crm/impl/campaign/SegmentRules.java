package io.tangram.crm.impl.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.tangram.crm.api.LifecycleStage;
import io.tangram.crm.api.campaign.SegmentRule;
import io.tangram.crm.api.campaign.SegmentRuleKind;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;

/**
 * What a segment's rules mean, decided for one customer's facts (the SQL only gathers them). A
 * customer is a member when every rule matches. "Within N days" is on or after today minus N days:
 * with N = 90 an order 90 days ago counts, one 91 days ago does not. Texts compare in any case.
 * {@code NO_ORDER_FOR_DAYS} matches only customers who have ordered, but not within N days; a
 * customer who never ordered is not dormant but a lead or prospect.
 */
public final class SegmentRules {
    public static final int MAX_DAYS = 3650;
    public static final int MAX_RULES = 20;

    /** An order (not draft, not cancelled) and the product categories on its lines, lower case. */
    public record OrderFact(LocalDate orderDate, BigDecimal totalNet, Set<String> categories) {

        public OrderFact {
            categories = categories.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }
    }

    /** What the rules look at of one customer. */
    public record CustomerFacts(long customerId, Set<String> tags, String industry, String region,
                                LifecycleStage stage, List<OrderFact> orders) {

        public CustomerFacts {
            tags = tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            orders = List.copyOf(orders);
        }
    }

    private SegmentRules() {
    }

    /** Whether every rule matches the customer on {@code today}. */
    public static boolean matches(List<SegmentRule> rules, CustomerFacts facts, LocalDate today) {
        return rules.stream().allMatch(r -> matches(r, facts, today));
    }

    public static boolean matches(SegmentRule rule, CustomerFacts f, LocalDate today) {
        return switch (rule.kind()) {
            case TAG -> f.tags().contains(lower(rule.value()));
            case INDUSTRY -> lower(rule.value()).equals(lower(f.industry()));
            case REGION -> lower(rule.value()).equals(lower(f.region()));
            case STAGE -> f.stage() != null && f.stage().name().equals(rule.value().strip().toUpperCase(Locale.ROOT));
            case BOUGHT_CATEGORY_WITHIN_DAYS -> f.orders().stream()
                    .anyMatch(o -> within(o, rule.days(), today) && o.categories().contains(lower(rule.value())));
            case NO_ORDER_FOR_DAYS -> !f.orders().isEmpty()
                    && f.orders().stream().noneMatch(o -> within(o, rule.days(), today));
            case MIN_REVENUE_WITHIN_DAYS -> f.orders().stream().filter(o -> within(o, rule.days(), today))
                    .map(OrderFact::totalNet).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(rule.amount()) >= 0;
        };
    }

    /**
     * Checks the rules as entered, naming each bad one ({@code rules[1].days}), and returns them
     * with the parameters their kind does not use dropped.
     */
    public static List<SegmentRule> checked(List<SegmentRule> rules, Validation v) {
        v.check(!rules.isEmpty(), "rules", Text.of("at least one rule is required", "至少需要一条规则"));
        v.check(rules.size() <= MAX_RULES, "rules", Text.of("at most {0}", "最多 {0} 条", MAX_RULES));
        for (int i = 0; i < rules.size(); i++) {
            SegmentRule r = rules.get(i);
            String at = "rules[" + i + "]";
            if (r == null || r.kind() == null) {
                v.add(at + ".kind", Text.of("is required: one of {0}", "必填：{0} 之一", List.of(SegmentRuleKind.values())));
                continue;
            }
            boolean needsValue = switch (r.kind()) {
                case TAG, INDUSTRY, REGION, STAGE, BOUGHT_CATEGORY_WITHIN_DAYS -> true;
                default -> false;
            };
            boolean needsDays = switch (r.kind()) {
                case BOUGHT_CATEGORY_WITHIN_DAYS, NO_ORDER_FOR_DAYS, MIN_REVENUE_WITHIN_DAYS -> true;
                default -> false;
            };
            if (needsValue) {
                v.required(at + ".value", r.value()).maxLength(at + ".value", r.value(), 60);
            }
            if (r.kind() == SegmentRuleKind.STAGE && r.value() != null && !r.value().isBlank()) {
                boolean known = Set.of(LifecycleStage.values()).stream()
                        .anyMatch(s -> s.name().equals(r.value().strip().toUpperCase(Locale.ROOT)));
                v.check(known, at + ".value", Text.of("must be one of {0}", "必须是 {0} 之一",
                        List.of(LifecycleStage.values())));
            }
            if (needsDays) {
                v.required(at + ".days", r.days());
                v.check(r.days() == null || r.days() >= 1 && r.days() <= MAX_DAYS, at + ".days",
                        Text.of("must be between 1 and {0}", "必须在 1 到 {0} 之间", MAX_DAYS));
            }
            if (r.kind() == SegmentRuleKind.MIN_REVENUE_WITHIN_DAYS) {
                v.required(at + ".amount", r.amount()).notNegative(at + ".amount", r.amount());
                v.check(r.amount() == null || r.amount().stripTrailingZeros().scale() <= 2, at + ".amount",
                        Text.of("at most 2 decimals", "最多 2 位小数"));
            }
        }
        if (v.hasErrors()) {
            return List.of();
        }
        return rules.stream().map(SegmentRules::normalized).toList();
    }

    private static SegmentRule normalized(SegmentRule r) {
        return switch (r.kind()) {
            case TAG, INDUSTRY, REGION, STAGE -> new SegmentRule(r.kind(),
                    r.kind() == SegmentRuleKind.STAGE ? r.value().strip().toUpperCase(Locale.ROOT) : r.value().strip(),
                    null, null);
            case BOUGHT_CATEGORY_WITHIN_DAYS -> new SegmentRule(r.kind(), r.value().strip(), r.days(), null);
            case NO_ORDER_FOR_DAYS -> new SegmentRule(r.kind(), null, r.days(), null);
            case MIN_REVENUE_WITHIN_DAYS -> new SegmentRule(r.kind(), null, r.days(), r.amount().setScale(2));
        };
    }

    private static boolean within(OrderFact o, int days, LocalDate today) {
        return !o.orderDate().isBefore(today.minusDays(days));
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
