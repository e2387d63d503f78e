package io.tangram.crm.api.activity;

/** Topics of the durable events of activities (outbox). */
public final class ActivityTopics {

    /**
     * An activity was logged. Payload: {@code id, companyId, type} ({@link ActivityType}),
     * {@code relatedTo, relatedId, customerId, leadId} (may be {@code null}), {@code owner} (the
     * owner of its customer, lead or opportunity), {@code user} (who did it), {@code occurredOn}
     * (ISO date), {@code subject}.
     */
    public static final String ACTIVITY_LOGGED = "tangram/crm/ActivityLogged";

    private ActivityTopics() {
    }
}
