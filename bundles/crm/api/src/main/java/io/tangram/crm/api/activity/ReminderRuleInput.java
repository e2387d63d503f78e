package io.tangram.crm.api.activity;

/**
 * A reminder rule as entered: "follow up {@code days} days after {@code trigger}".
 *
 * @param activityType    required for {@code ACTIVITY_LOGGED}, not allowed for {@code QUOTE_SENT}
 * @param subjectTemplate the task's subject; {@code {number}} (quote number), {@code {type}} and
 *                        {@code {subject}} (the activity's) and {@code {date}} are filled in
 * @param active          {@code null} means active
 */
public record ReminderRuleInput(Long companyId, ReminderTrigger trigger, ActivityType activityType, Integer days,
                                String subjectTemplate, Boolean active) {
}
