package io.tangram.oa.impl.form;

/**
 * Where a form stands: a {@link #DRAFT} is submitted for approval; {@link #RETURNED} is editable and
 * submittable again; {@link #APPROVED}, {@link #REJECTED} and {@link #CANCELLED} are final (an approved
 * leave request can still be cancelled).
 */
public enum FormStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, RETURNED, CANCELLED;

    /** Whether the requester may still change and submit it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
