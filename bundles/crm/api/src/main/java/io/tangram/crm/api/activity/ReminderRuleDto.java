package io.tangram.crm.api.activity;

/** A reminder rule: follow-ups are due {@code days} calendar days after the trigger's date. */
public record ReminderRuleDto(long id, long companyId, ReminderTrigger trigger, ActivityType activityType, int days,
                              String subjectTemplate, boolean active) {
}
