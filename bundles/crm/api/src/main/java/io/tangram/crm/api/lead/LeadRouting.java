package io.tangram.crm.api.lead;

import java.util.List;

/**
 * A company's lead assignment setup.
 *
 * @param defaultOwner who gets a lead no rule matches; {@code null}: whoever entered it
 */
public record LeadRouting(long companyId, String defaultOwner, List<LeadRuleDto> rules) {

    public LeadRouting {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
