package io.tangram.crm.api.lead;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The ordered rules that choose the owner of an arriving lead by its region, industry and source:
 * a user, or a team whose members take turns (round-robin, the position kept in the database).
 */
@ProviderType
public interface LeadRules {

    /** The rules in order and the default owner. */
    LeadRouting routing(long companyId);

    LeadRuleDto create(LeadRuleInput input);

    LeadRuleDto update(long id, LeadRuleInput input);

    /** Removes the rule; the ones after it move up. */
    void delete(long id);

    /** Sets who gets leads no rule matches; {@code null} or blank: whoever entered the lead. */
    LeadRouting setDefaultOwner(long companyId, String owner);
}
