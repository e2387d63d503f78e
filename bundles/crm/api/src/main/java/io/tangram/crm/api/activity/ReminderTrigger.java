package io.tangram.crm.api.activity;

/** What starts a reminder rule's count of days: an activity of a type being logged, or a quote being sent. */
public enum ReminderTrigger {
    ACTIVITY_LOGGED, QUOTE_SENT
}
