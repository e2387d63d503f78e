package io.tangram.crm.api.lead;

/**
 * An assignment rule as entered. Conditions left {@code null} match anything; give exactly one of
 * {@code user} and {@code team}.
 *
 * @param position 1 for the first rule; {@code null} puts a new rule last and keeps an edited one where it is
 * @param team     a team code: leads rotate round-robin over its members in their order
 * @param active   {@code null} means active
 */
public record LeadRuleInput(Long companyId, Integer position, String name, String region, String industry,
                            String source, String user, String team, Boolean active) {
}
