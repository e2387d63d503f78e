package io.tangram.crm.api.campaign;

import java.math.BigDecimal;

/**
 * One condition of a segment; which parameters it needs depends on its {@link SegmentRuleKind kind}.
 *
 * @param value  tag, industry, region, lifecycle stage or product category
 * @param days   the look-back of the order rules, 1–3650
 * @param amount the least revenue of {@code MIN_REVENUE_WITHIN_DAYS}, company currency
 */
public record SegmentRule(SegmentRuleKind kind, String value, Integer days, BigDecimal amount) {
}
