package io.tangram.crm.api.activity;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Rules that create follow-up tasks for the owner a number of days after an activity of a type or a
 * quote being sent. A change applies to events from then on.
 */
@ProviderType
public interface ReminderRules {

    List<ReminderRuleDto> list(long companyId);

    ReminderRuleDto create(ReminderRuleInput input);

    ReminderRuleDto update(long id, ReminderRuleInput input);

    /** Stops the rule; the tasks it created stay. */
    ReminderRuleDto deactivate(long id);
}
