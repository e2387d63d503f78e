package io.tangram.crm.api.activity;

/** Kinds of activity: a phone call, a visit, an e-mail, a meeting, a note, a product trial. */
public enum ActivityType {
    CALL, VISIT, EMAIL, MEETING, NOTE, TRIAL;

    /** Whether it means the prospect was actually reached (a note is not). */
    public boolean contact() {
        return this != NOTE;
    }
}
